#include "catalogreader.h"

#include "jsonposition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace LogSage {

bool splitMessageId(const QString &id, QString *module, int *severity, QString *brief)
{
    static const QRegularExpression pattern(u"^([A-Za-z][A-Za-z0-9_-]*)/([0-7])/([A-Za-z0-9_.-]+)$"_s);
    const QRegularExpressionMatch match = pattern.match(id);
    if (!match.hasMatch())
        return false;
    *module = match.captured(1);
    *severity = match.captured(2).toInt();
    *brief = match.captured(3);
    return true;
}

namespace {

struct Origins {
    TextOrigin zh = TextOrigin::Vendor;
    TextOrigin en = TextOrigin::Translated;
};

// Reads one JSON object (an entry, a fragment or the header) and collects what is wrong with it.
class ObjectReader
{
public:
    ObjectReader(const QString &fileName, TextPosition position, QString entryId, QList<CatalogProblem> &problems)
        : m_fileName(fileName), m_position(position), m_entryId(std::move(entryId)), m_problems(problems)
    {
    }

    bool failed() const { return m_failed; }
    void setEntryId(const QString &id) { m_entryId = id; }

    // An error makes the object unusable; a warning is listed but the object is kept.
    void error(const QString &path, const QString &message) { add(path, message); m_failed = true; }
    void warning(const QString &path, const QString &message) { add(path, message); }

    void checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<QLatin1StringView> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                warning(path, u"unknown field \"%1\" is ignored; check its spelling"_s.arg(it.key()));
        }
    }

    QString string(const QJsonObject &object, QLatin1StringView key, const QString &path, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(path, u"the field \"%1\" is missing"_s.arg(key));
            return {};
        }
        if (!value.isString()) {
            error(join(path, key), u"must be a string"_s);
            return {};
        }
        return value.toString();
    }

    QJsonArray arrayField(const QJsonObject &object, QLatin1StringView key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            error(join(path, key), u"must be an array"_s);
            return {};
        }
        return value.toArray();
    }

    Origins origins(const QJsonValue &value, const QString &path, Origins defaults)
    {
        if (value.isUndefined())
            return defaults;
        if (!value.isObject()) {
            error(path, u"must be an object like {\"zh\": \"vendor\", \"en\": \"translated\"}"_s);
            return defaults;
        }
        const QJsonObject object = value.toObject();
        checkKeys(object, path, {"zh"_L1, "en"_L1});
        Origins result = defaults;
        for (const auto &[key, target] : {std::pair{"zh"_L1, &result.zh}, std::pair{"en"_L1, &result.en}}) {
            const QJsonValue name = object.value(key);
            if (name.isUndefined())
                continue;
            const auto origin = originFromName(name.toString());
            if (!origin)
                error(join(path, key), u"must be one of \"vendor\", \"translated\", \"written\" or \"user\""_s);
            else
                *target = *origin;
        }
        return result;
    }

    LocalizedText text(const QJsonValue &value, const QString &path, Origins defaults)
    {
        LocalizedText result;
        result.zhOrigin = defaults.zh;
        result.enOrigin = defaults.en;
        if (value.isUndefined())
            return result;
        if (!value.isObject()) {
            error(path, u"must be an object like {\"zh\": \"...\", \"en\": \"...\"}"_s);
            return result;
        }
        const QJsonObject object = value.toObject();
        checkKeys(object, path, {"zh"_L1, "en"_L1, "origin"_L1});
        result.zh = string(object, "zh"_L1, path);
        result.en = string(object, "en"_L1, path);
        const Origins own = origins(object.value("origin"_L1), join(path, "origin"_L1), defaults);
        result.zhOrigin = own.zh;
        result.enOrigin = own.en;
        return result;
    }

    QList<CatalogStep> steps(const QJsonArray &array, const QString &path, Origins defaults)
    {
        QList<CatalogStep> result;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString stepPath = index(path, i);
            if (!array.at(i).isObject()) {
                error(stepPath, u"must be an object with \"text\" and \"commands\""_s);
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            checkKeys(object, stepPath, {"text"_L1, "commands"_L1});
            CatalogStep step;
            step.text = text(object.value("text"_L1), join(stepPath, "text"_L1), defaults);
            if (step.text.isEmpty())
                error(stepPath, u"a step needs a text"_s);
            step.commands = strings(arrayField(object, "commands"_L1, stepPath), join(stepPath, "commands"_L1));
            result.append(step);
        }
        return result;
    }

    QStringList strings(const QJsonArray &array, const QString &path)
    {
        QStringList result;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                error(index(path, i), u"must be a string"_s);
            else
                result.append(array.at(i).toString());
        }
        return result;
    }

    QList<CatalogParameter> parameters(const QJsonArray &array, const QString &path, Origins defaults)
    {
        QList<CatalogParameter> result;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString parameterPath = index(path, i);
            if (!array.at(i).isObject()) {
                error(parameterPath, u"must be an object with \"name\", \"type\" and \"description\""_s);
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            checkKeys(object, parameterPath, {"name"_L1, "type"_L1, "description"_L1});
            CatalogParameter parameter;
            parameter.name = string(object, "name"_L1, parameterPath, true);
            parameter.type = string(object, "type"_L1, parameterPath);
            parameter.description = text(object.value("description"_L1), join(parameterPath, "description"_L1), defaults);
            result.append(parameter);
        }
        return result;
    }

    QList<CatalogCause> causes(const QJsonArray &array, const QString &path, Origins defaults)
    {
        QList<CatalogCause> result;
        QStringList keys;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString causePath = index(path, i);
            if (!array.at(i).isObject()) {
                error(causePath, u"must be an object with \"key\", \"text\" and optionally \"when\" and \"steps\""_s);
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            checkKeys(object, causePath, {"key"_L1, "text"_L1, "when"_L1, "steps"_L1});
            CatalogCause cause;
            cause.key = string(object, "key"_L1, causePath, true);
            if (keys.contains(cause.key))
                error(join(causePath, "key"_L1), u"the key \"%1\" is used twice in this entry"_s.arg(cause.key));
            keys.append(cause.key);
            cause.text = text(object.value("text"_L1), join(causePath, "text"_L1), defaults);
            cause.condition = condition(object.value("when"_L1), join(causePath, "when"_L1));
            cause.steps = steps(arrayField(object, "steps"_L1, causePath), join(causePath, "steps"_L1), defaults);
            result.append(cause);
        }
        return result;
    }

    std::optional<CauseCondition> condition(const QJsonValue &value, const QString &path)
    {
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            error(path, u"must be an object like {\"parameter\": \"Reason\", \"equals\": \"...\"}"_s);
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        checkKeys(object, path, {"parameter"_L1, "equals"_L1, "fallback"_L1});
        CauseCondition result;
        result.parameter = string(object, "parameter"_L1, path, true);
        result.equals = string(object, "equals"_L1, path);
        const QJsonValue fallback = object.value("fallback"_L1);
        if (!fallback.isUndefined() && !fallback.isBool())
            error(join(path, "fallback"_L1), u"must be true or false"_s);
        result.fallback = fallback.toBool();
        if (result.fallback == object.contains("equals"_L1))
            error(path, u"needs either \"equals\" or \"fallback\": true"_s);
        return result;
    }

    static QString join(const QString &path, QLatin1StringView key)
    {
        return path.isEmpty() ? QString(key) : path + u'.' + key;
    }
    static QString index(const QString &path, qsizetype i)
    {
        return path + u'[' + QString::number(i) + u']';
    }

private:
    void add(const QString &path, const QString &message)
    {
        m_problems.append({m_fileName, m_position.line, m_position.column, m_entryId,
                           path.isEmpty() ? message : path + u": "_s + message});
    }

    QString m_fileName;
    TextPosition m_position;
    QString m_entryId;
    QList<CatalogProblem> &m_problems;
    bool m_failed = false;
};

std::optional<CatalogEntry> readEntry(const QJsonValue &value, ObjectReader &reader, const QString &path, Origins defaults)
{
    if (!value.isObject()) {
        reader.error(path, u"an entry must be a JSON object"_s);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    CatalogEntry entry;
    entry.id = reader.string(object, "id"_L1, path, true);
    reader.setEntryId(entry.id);
    if (!entry.id.isEmpty() && !splitMessageId(entry.id, &entry.module, &entry.severity, &entry.brief))
        reader.error(ObjectReader::join(path, "id"_L1), u"must look like MODULE/SEVERITY/BRIEF, e.g. IKE/5/IKE_NEGO_FAIL"_s);
    reader.checkKeys(object, path,
                     {"id"_L1, "section"_L1, "origin"_L1, "appliesTo"_L1, "message"_L1, "meaning"_L1, "parameters"_L1,
                      "causesIntro"_L1, "causes"_L1, "steps"_L1, "tags"_L1, "note"_L1, "fullText"_L1});
    const Origins origins = reader.origins(object.value("origin"_L1), ObjectReader::join(path, "origin"_L1), defaults);
    auto text = [&](QLatin1StringView key) { return reader.text(object.value(key), ObjectReader::join(path, key), origins); };
    auto array = [&](QLatin1StringView key) { return reader.arrayField(object, key, path); };
    entry.section = reader.string(object, "section"_L1, path);
    entry.appliesTo = text("appliesTo"_L1);
    entry.message = text("message"_L1);
    entry.meaning = text("meaning"_L1);
    entry.parameters = reader.parameters(array("parameters"_L1), ObjectReader::join(path, "parameters"_L1), origins);
    entry.causesIntro = text("causesIntro"_L1);
    entry.causes = reader.causes(array("causes"_L1), ObjectReader::join(path, "causes"_L1), origins);
    entry.steps = reader.steps(array("steps"_L1), ObjectReader::join(path, "steps"_L1), origins);
    entry.tags = reader.strings(array("tags"_L1), ObjectReader::join(path, "tags"_L1));
    entry.note = text("note"_L1);
    const QJsonValue fullText = object.value("fullText"_L1);
    if (!fullText.isUndefined() && !fullText.isBool())
        reader.error(ObjectReader::join(path, "fullText"_L1), u"must be true or false"_s);
    entry.fullText = fullText.toBool(true);
    if (entry.fullText && entry.meaning.isEmpty() && entry.message.isEmpty())
        reader.error(path, u"an entry needs a \"message\" or a \"meaning\" (or \"fullText\": false when only its title is known)"_s);
    if (reader.failed())
        return std::nullopt;
    return entry;
}

std::optional<CatalogFragment> readFragment(const QJsonValue &value, ObjectReader &reader, const QString &path, Origins defaults)
{
    if (!value.isObject()) {
        reader.error(path, u"a fragment must be a JSON object"_s);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    reader.checkKeys(object, path, {"before"_L1, "origin"_L1, "parameters"_L1, "causes"_L1, "steps"_L1, "note"_L1});
    const Origins origins = reader.origins(object.value("origin"_L1), ObjectReader::join(path, "origin"_L1), defaults);
    CatalogFragment fragment;
    fragment.before = reader.string(object, "before"_L1, path);
    fragment.parameters = reader.parameters(reader.arrayField(object, "parameters"_L1, path), ObjectReader::join(path, "parameters"_L1), origins);
    fragment.causes = reader.causes(reader.arrayField(object, "causes"_L1, path), ObjectReader::join(path, "causes"_L1), origins);
    fragment.steps = reader.steps(reader.arrayField(object, "steps"_L1, path), ObjectReader::join(path, "steps"_L1), origins);
    fragment.note = reader.text(object.value("note"_L1), ObjectReader::join(path, "note"_L1), origins);
    if (reader.failed())
        return std::nullopt;
    return fragment;
}

} // namespace

CatalogFileContents readCatalogJson(const QByteArray &json, const QString &fileName, bool user)
{
    CatalogFileContents contents;
    auto fileProblem = [&](TextPosition position, const QString &message) {
        contents.problems.append({fileName, position.line, position.column, QString(), message});
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fileProblem(positionAt(json, parseError.offset),
                    u"not valid JSON (%1); fix the file or move it out of the catalog folder"_s.arg(parseError.errorString()));
        return contents;
    }
    if (!document.isObject() || !document.object().value("entries"_L1).isArray()) {
        fileProblem({1, 1}, u"not a LogSage catalog: the top level must be an object with an \"entries\" array"_s);
        return contents;
    }
    contents.readable = true;
    const QJsonObject root = document.object();

    Origins defaults;
    if (user)
        defaults = {TextOrigin::User, TextOrigin::User};
    {
        ObjectReader header(fileName, {1, 1}, QString(), contents.problems);
        header.checkKeys(root, QString(), {"catalog"_L1, "entries"_L1, "fragments"_L1, "$schema"_L1});
        const QJsonObject info = root.value("catalog"_L1).toObject();
        if (!root.value("catalog"_L1).isObject())
            header.warning(u"catalog"_s, u"the \"catalog\" header with at least a \"name\" is missing"_s);
        header.checkKeys(info, u"catalog"_s,
                         {"name"_L1, "title"_L1, "vendor"_L1, "product"_L1, "source"_L1, "origin"_L1, "formatVersion"_L1});
        defaults = header.origins(info.value("origin"_L1), u"catalog.origin"_s, defaults);
        contents.info.zhOrigin = defaults.zh;
        contents.info.enOrigin = defaults.en;
        contents.info.name = header.string(info, "name"_L1, u"catalog"_s);
        contents.info.title = header.text(info.value("title"_L1), u"catalog.title"_s, defaults);
        contents.info.vendor = header.string(info, "vendor"_L1, u"catalog"_s);
        contents.info.product = header.string(info, "product"_L1, u"catalog"_s);
        contents.info.source = header.text(info.value("source"_L1), u"catalog.source"_s, defaults);
        const QJsonValue version = info.value("formatVersion"_L1);
        if (!version.isUndefined() && version.toInt(-1) != 1)
            header.warning(u"catalog.formatVersion"_s, u"this LogSage reads format version 1; some fields may be ignored"_s);
    }
    if (contents.info.name.isEmpty())
        contents.info.name = fileName.section(u'/', -1).section(u'.', 0, 0);

    const QJsonArray entries = root.value("entries"_L1).toArray();
    const QList<qsizetype> entryOffsets = topLevelArrayElementOffsets(json, "entries");
    contents.entries.reserve(std::size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TextPosition position = i < entryOffsets.size() ? positionAt(json, entryOffsets.at(i)) : TextPosition{};
        ObjectReader reader(fileName, position, QString(), contents.problems);
        std::optional<CatalogEntry> entry = readEntry(entries.at(i), reader, ObjectReader::index(u"entries"_s, i), defaults);
        if (!entry) {
            contents.problems.append({fileName, position.line, position.column,
                                      entries.at(i).toObject().value("id"_L1).toString(),
                                      u"entries[%1] is skipped because of the problems above"_s.arg(i)});
            continue;
        }
        entry->catalogName = contents.info.name;
        contents.entries.push_back(std::move(*entry));
    }

    const QJsonValue fragmentsValue = root.value("fragments"_L1);
    if (!fragmentsValue.isUndefined() && !fragmentsValue.isArray())
        fileProblem({1, 1}, u"fragments: must be an array"_s);
    const QJsonArray fragments = fragmentsValue.toArray();
    const QList<qsizetype> fragmentOffsets = topLevelArrayElementOffsets(json, "fragments");
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        const TextPosition position = i < fragmentOffsets.size() ? positionAt(json, fragmentOffsets.at(i)) : TextPosition{};
        ObjectReader reader(fileName, position, QString(), contents.problems);
        std::optional<CatalogFragment> fragment = readFragment(fragments.at(i), reader, ObjectReader::index(u"fragments"_s, i), defaults);
        if (!fragment) {
            contents.problems.append({fileName, position.line, position.column, QString(),
                                      u"fragments[%1] is skipped because of the problems above"_s.arg(i)});
            continue;
        }
        fragment->catalogName = contents.info.name;
        contents.fragments.append(std::move(*fragment));
    }
    return contents;
}

} // namespace LogSage
