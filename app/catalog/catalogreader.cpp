#include "catalogreader.h"

#include "jsoncursor.h"
#include "jsonposition.h"

#include <algorithm>
#include <future>
#include <system_error>
#include <iterator>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

using Type = JsonCursor::Type;

// Marks a text's origin as "not given": it takes the entry's or the catalog's default once the
// whole entry is read, since "origin" may come after the texts in the file.
constexpr auto unsetOrigin = static_cast<TextOrigin>(0xFF);

struct Origins {
    TextOrigin zh = TextOrigin::Vendor;
    TextOrigin en = TextOrigin::Translated;
};

struct PartialOrigins {
    std::optional<TextOrigin> zh;
    std::optional<TextOrigin> en;
    Origins over(Origins defaults) const { return {zh.value_or(defaults.zh), en.value_or(defaults.en)}; }
};

using Path = JsonPath;

LocalizedText unsetText()
{
    LocalizedText text;
    text.zhOrigin = unsetOrigin;
    text.enOrigin = unsetOrigin;
    return text;
}

void resolve(LocalizedText &text, Origins defaults)
{
    if (text.zhOrigin == unsetOrigin)
        text.zhOrigin = defaults.zh;
    if (text.enOrigin == unsetOrigin)
        text.enOrigin = defaults.en;
}

void resolve(QList<CatalogStep> &steps, Origins defaults)
{
    for (CatalogStep &step : steps)
        resolve(step.text, defaults);
}

void resolveBody(QList<CatalogParameter> &parameters, QList<CatalogCause> &causes, QList<CatalogStep> &steps, Origins defaults)
{
    for (CatalogParameter &parameter : parameters)
        resolve(parameter.description, defaults);
    for (CatalogCause &cause : causes) {
        resolve(cause.text, defaults);
        resolve(cause.steps, defaults);
    }
    resolve(steps, defaults);
}

class CatalogJsonReader
{
public:
    CatalogJsonReader(QByteArrayView json, const QString &fileName, bool user)
        : m_json(json), m_data(json), m_fileName(fileName)
    {
        if (user)
            m_defaults = {TextOrigin::User, TextOrigin::User};
    }

    CatalogFileContents read();

private:
    struct PendingProblem {
        qsizetype offset;
        QString entryId;
        QString message;
    };

    void add(qsizetype offset, const Path &path, const QString &message)
    {
        const QString where = path.toString();
        m_pending.append({offset, QString(), where.isEmpty() ? message : where + u": "_s + message});
    }
    // An error makes the entry (or fragment) unusable; a warning is listed but the entry is kept.
    void error(qsizetype offset, const Path &path, const QString &message) { add(offset, path, message); m_failed = true; }
    void warning(qsizetype offset, const Path &path, const QString &message) { add(offset, path, message); }

    qsizetype here() { m_json.peek(); return m_json.offset(); }
    bool expect(Type type, const Path &path, const QString &message)
    {
        if (m_json.peek() == type)
            return true;
        if (!m_json.failed())
            error(m_json.offset(), path, message);
        m_json.skip();
        return false;
    }
    // Reads an array of objects at `path`, calling readObject(itemPath, itemOffset) inside each one;
    // an element that is no object is reported with `shape` and skipped.
    template<typename Item, typename ReadObject>
    QList<Item> objects(const Path &path, const QString &shape, ReadObject readObject)
    {
        QList<Item> result;
        if (!expect(Type::Array, path, u"must be an array"_s))
            return result;
        m_json.enterArray();
        for (qsizetype i = 0; m_json.nextElement(); ++i) {
            const Path item = path.at(i);
            const qsizetype start = here();
            if (!expect(Type::Object, item, shape))
                continue;
            m_json.enterObject();
            result.append(readObject(item, start));
        }
        return result;
    }

    void unknown(QByteArrayView key, const Path &path)
    {
        warning(here(), path, u"unknown field \"%1\" is ignored; check its spelling"_s.arg(QString::fromUtf8(key)));
        m_json.skip();
    }

    QString string(const Path &path)
    {
        return expect(Type::String, path, u"must be a string"_s) ? m_json.readString() : QString();
    }
    bool boolean(const Path &path, bool fallback)
    {
        return expect(Type::Bool, path, u"must be true or false"_s) ? m_json.readBool() : fallback;
    }
    QStringList strings(const Path &path);
    PartialOrigins origins(const Path &path);
    LocalizedText text(const Path &path);
    QList<CatalogStep> steps(const Path &path);
    QList<CatalogParameter> parameters(const Path &path);
    QList<CatalogCause> causes(const Path &path);
    std::optional<CauseCondition> condition(const Path &path);
    bool body(QByteArrayView key, const Path &path, QList<CatalogParameter> &parameters, QList<CatalogCause> &causes,
              QList<CatalogStep> &generalSteps);
    void header(const Path &path);
    std::optional<CatalogEntry> entry(const Path &path, QString *id);
    std::optional<CatalogFragment> fragment(const Path &path);
    void entries(const Path &path);
    /// Reads entries from index `firstIndex` on, until the array ends or the cursor reaches `stopAt` (>= 0).
    void readEntries(const Path &path, qsizetype firstIndex, qsizetype stopAt);
    void fragments(const Path &path);
    QList<CatalogProblem> problems() const;

    JsonCursor m_json;
    QByteArrayView m_data;
    QString m_fileName;
    Origins m_defaults;
    CatalogFileContents m_contents;
    QList<PendingProblem> m_pending;
    bool m_failed = false;
};

QStringList CatalogJsonReader::strings(const Path &path)
{
    QStringList result;
    if (!expect(Type::Array, path, u"must be an array of strings"_s))
        return result;
    m_json.enterArray();
    for (qsizetype i = 0; m_json.nextElement(); ++i) {
        const QString value = string(path.at(i));
        if (m_json.peek() != Type::Invalid || !m_json.failed())
            result.append(value);
    }
    return result;
}

PartialOrigins CatalogJsonReader::origins(const Path &path)
{
    PartialOrigins result;
    if (!expect(Type::Object, path, u"must be an object like {\"zh\": \"vendor\", \"en\": \"translated\"}"_s))
        return result;
    m_json.enterObject();
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        const bool zh = key == "zh";
        if (!zh && key != "en") {
            unknown(key, path);
            continue;
        }
        const Path valuePath = path.child(zh ? "zh"_L1 : "en"_L1);
        const qsizetype offset = here();
        const auto origin = originFromName(string(valuePath));
        if (!origin)
            error(offset, valuePath, u"must be one of \"vendor\", \"translated\", \"written\" or \"user\""_s);
        else
            (zh ? result.zh : result.en) = origin;
    }
    return result;
}

LocalizedText CatalogJsonReader::text(const Path &path)
{
    LocalizedText result = unsetText();
    if (!expect(Type::Object, path, u"must be an object like {\"zh\": \"...\", \"en\": \"...\"}"_s))
        return result;
    m_json.enterObject();
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "zh") {
            result.zh = string(path.child("zh"_L1));
        } else if (key == "en") {
            result.en = string(path.child("en"_L1));
        } else if (key == "origin") {
            const PartialOrigins own = origins(path.child("origin"_L1));
            result.zhOrigin = own.zh.value_or(unsetOrigin);
            result.enOrigin = own.en.value_or(unsetOrigin);
        } else {
            unknown(key, path);
        }
    }
    return result;
}

QList<CatalogStep> CatalogJsonReader::steps(const Path &path)
{
    return objects<CatalogStep>(path, u"must be an object with \"text\" and \"commands\""_s, [this](const Path &item, qsizetype start) {
        CatalogStep step;
        QByteArrayView key;
        while (m_json.nextKey(&key)) {
            if (key == "text")
                step.text = text(item.child("text"_L1));
            else if (key == "commands")
                step.commands = strings(item.child("commands"_L1));
            else
                unknown(key, item);
        }
        if (step.text.isEmpty())
            error(start, item, u"a step needs a text"_s);
        return step;
    });
}

QList<CatalogParameter> CatalogJsonReader::parameters(const Path &path)
{
    return objects<CatalogParameter>(path, u"must be an object with \"name\", \"type\" and \"description\""_s, [this](const Path &item, qsizetype start) {
        CatalogParameter parameter;
        parameter.description = unsetText();
        QByteArrayView key;
        bool named = false;
        while (m_json.nextKey(&key)) {
            if (key == "name") {
                parameter.name = string(item.child("name"_L1));
                named = true;
            } else if (key == "type") {
                parameter.type = string(item.child("type"_L1));
            } else if (key == "description") {
                parameter.description = text(item.child("description"_L1));
            } else {
                unknown(key, item);
            }
        }
        if (!named)
            error(start, item, u"the field \"name\" is missing"_s);
        return parameter;
    });
}

std::optional<CauseCondition> CatalogJsonReader::condition(const Path &path)
{
    const qsizetype start = here();
    if (!expect(Type::Object, path, u"must be an object like {\"parameter\": \"Reason\", \"equals\": \"...\"}"_s))
        return std::nullopt;
    m_json.enterObject();
    CauseCondition result;
    bool hasParameter = false;
    bool hasEquals = false;
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "parameter") {
            result.parameter = string(path.child("parameter"_L1));
            hasParameter = true;
        } else if (key == "equals") {
            result.equals = string(path.child("equals"_L1));
            hasEquals = true;
        } else if (key == "fallback") {
            result.fallback = boolean(path.child("fallback"_L1), false);
        } else {
            unknown(key, path);
        }
    }
    if (!hasParameter)
        error(start, path, u"the field \"parameter\" is missing"_s);
    if (result.fallback == hasEquals)
        error(start, path, u"needs either \"equals\" or \"fallback\": true"_s);
    return result;
}

QList<CatalogCause> CatalogJsonReader::causes(const Path &path)
{
    QList<CatalogCause> result;
    if (!expect(Type::Array, path, u"must be an array"_s))
        return result;
    m_json.enterArray();
    for (qsizetype i = 0; m_json.nextElement(); ++i) {
        const Path item = path.at(i);
        const qsizetype start = here();
        if (!expect(Type::Object, item, u"must be an object with \"key\", \"text\" and optionally \"when\" and \"steps\""_s))
            continue;
        m_json.enterObject();
        CatalogCause cause;
        cause.text = unsetText();
        bool keyed = false;
        QByteArrayView key;
        while (m_json.nextKey(&key)) {
            if (key == "key") {
                cause.key = string(item.child("key"_L1));
                keyed = true;
            } else if (key == "text") {
                cause.text = text(item.child("text"_L1));
            } else if (key == "when") {
                cause.condition = condition(item.child("when"_L1));
            } else if (key == "steps") {
                cause.steps = steps(item.child("steps"_L1));
            } else {
                unknown(key, item);
            }
        }
        if (!keyed)
            error(start, item, u"the field \"key\" is missing"_s);
        else if (std::any_of(result.cbegin(), result.cend(), [&](const CatalogCause &other) { return other.key == cause.key; }))
            error(start, item.child("key"_L1), u"the key \"%1\" is used twice in this entry"_s.arg(cause.key));
        result.append(cause);
    }
    return result;
}

// The members entries and fragments share; false when `key` is none of them.
bool CatalogJsonReader::body(QByteArrayView key, const Path &path, QList<CatalogParameter> &parameterList,
                             QList<CatalogCause> &causeList, QList<CatalogStep> &generalSteps)
{
    if (key == "parameters")
        parameterList = parameters(path.child("parameters"_L1));
    else if (key == "causes")
        causeList = causes(path.child("causes"_L1));
    else if (key == "steps")
        generalSteps = steps(path.child("steps"_L1));
    else
        return false;
    return true;
}

std::optional<CatalogEntry> CatalogJsonReader::entry(const Path &path, QString *id)
{
    const qsizetype start = here();
    m_failed = false;
    if (!expect(Type::Object, path, u"an entry must be a JSON object"_s))
        return std::nullopt;
    m_json.enterObject();
    CatalogEntry result;
    for (LocalizedText *text : {&result.appliesTo, &result.message, &result.meaning, &result.causesIntro, &result.note})
        *text = unsetText();
    PartialOrigins own;
    qsizetype idOffset = -1;
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "id") {
            idOffset = here();
            result.id = string(path.child("id"_L1));
        } else if (key == "section") {
            result.section = string(path.child("section"_L1));
        } else if (key == "origin") {
            own = origins(path.child("origin"_L1));
        } else if (key == "appliesTo") {
            result.appliesTo = text(path.child("appliesTo"_L1));
        } else if (key == "message") {
            result.message = text(path.child("message"_L1));
        } else if (key == "meaning") {
            result.meaning = text(path.child("meaning"_L1));
        } else if (key == "causesIntro") {
            result.causesIntro = text(path.child("causesIntro"_L1));
        } else if (key == "note") {
            result.note = text(path.child("note"_L1));
        } else if (key == "tags") {
            result.tags = strings(path.child("tags"_L1));
        } else if (key == "fullText") {
            result.fullText = boolean(path.child("fullText"_L1), true);
        } else if (!body(key, path, result.parameters, result.causes, result.steps)) {
            unknown(key, path);
        }
    }
    *id = result.id;
    if (idOffset < 0)
        error(start, path, u"the field \"id\" is missing"_s);
    else if (!result.id.isEmpty() && !splitMessageId(result.id, &result.module, &result.severity, &result.brief))
        error(idOffset, path.child("id"_L1), u"must look like MODULE/SEVERITY/BRIEF, e.g. IKE/5/IKE_NEGO_FAIL"_s);
    if (result.fullText && result.meaning.isEmpty() && result.message.isEmpty())
        error(start, path, u"an entry needs a \"message\" or a \"meaning\" (or \"fullText\": false when only its title is known)"_s);
    if (m_failed)
        return std::nullopt;
    const Origins origins = own.over(m_defaults);
    for (LocalizedText *text : {&result.appliesTo, &result.message, &result.meaning, &result.causesIntro, &result.note})
        resolve(*text, origins);
    resolveBody(result.parameters, result.causes, result.steps, origins);
    return result;
}

std::optional<CatalogFragment> CatalogJsonReader::fragment(const Path &path)
{
    m_failed = false;
    if (!expect(Type::Object, path, u"a fragment must be a JSON object"_s))
        return std::nullopt;
    m_json.enterObject();
    CatalogFragment result;
    result.note = unsetText();
    PartialOrigins own;
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "before")
            result.before = string(path.child("before"_L1));
        else if (key == "origin")
            own = origins(path.child("origin"_L1));
        else if (key == "note")
            result.note = text(path.child("note"_L1));
        else if (!body(key, path, result.parameters, result.causes, result.steps))
            unknown(key, path);
    }
    if (m_failed)
        return std::nullopt;
    const Origins origins = own.over(m_defaults);
    resolve(result.note, origins);
    resolveBody(result.parameters, result.causes, result.steps, origins);
    return result;
}

void CatalogJsonReader::header(const Path &path)
{
    if (!expect(Type::Object, path, u"must be an object with at least a \"name\""_s))
        return;
    m_json.enterObject();
    CatalogInfo &info = m_contents.info;
    info.title = unsetText();
    info.source = unsetText();
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "name") {
            info.name = string(path.child("name"_L1));
        } else if (key == "title") {
            info.title = text(path.child("title"_L1));
        } else if (key == "vendor") {
            info.vendor = string(path.child("vendor"_L1));
        } else if (key == "product") {
            info.product = string(path.child("product"_L1));
        } else if (key == "source") {
            info.source = text(path.child("source"_L1));
        } else if (key == "origin") {
            m_defaults = origins(path.child("origin"_L1)).over(m_defaults);
        } else if (key == "formatVersion") {
            const qsizetype offset = here();
            if (!expect(Type::Number, path.child("formatVersion"_L1), u"must be a number"_s) || m_json.readNumber() != 1)
                warning(offset, path.child("formatVersion"_L1), u"this LogSage reads format version 1; some fields may be ignored"_s);
        } else {
            unknown(key, path);
        }
    }
    m_failed = false; // problems in the header never reject the file
}

void CatalogJsonReader::entries(const Path &path)
{
    // A large catalog is read on two threads: the second half by a second reader, from a comma
    // found by a quick scan. Whatever the scan and the parser disagree on (broken JSON) is read
    // again in one piece, so problems are reported exactly as a single reader would.
    constexpr qsizetype ParallelBytes = 512 * 1024;
    const qsizetype open = here();
    const JsonCursor::ArraySplit split = m_data.size() - open > ParallelBytes
        ? JsonCursor::splitArray(m_data, open, open + (m_data.size() - open) / 2)
        : JsonCursor::ArraySplit{};
    if (split.comma < 0) {
        m_json.enterArray();
        readEntries(path, 0, -1);
        return;
    }
    const JsonCursor before = m_json;
    const std::size_t entriesBefore = m_contents.entries.size();
    const qsizetype problemsBefore = m_pending.size();
    CatalogJsonReader second(m_data, m_fileName, false);
    second.m_defaults = m_defaults;
    second.m_json = JsonCursor(m_data, split.comma);
    second.m_json.resumeInArray();
    std::future<void> rest;
    try {
        rest = std::async(std::launch::async, [&second, &path, &split] { second.readEntries(path, split.index, -1); });
    } catch (const std::system_error &) { // no thread to be had: read it in one piece
        m_json.enterArray();
        readEntries(path, 0, -1);
        return;
    }
    m_json.enterArray();
    readEntries(path, 0, split.comma);
    rest.wait();
    if (!m_json.failed() && !second.m_json.failed() && here() == split.comma && second.m_json.offset() == split.close + 1) {
        m_json.jumpTo(split.close);
        m_json.nextElement(); // the ']'
        std::move(second.m_contents.entries.begin(), second.m_contents.entries.end(), std::back_inserter(m_contents.entries));
        m_contents.entryOffsets.insert(m_contents.entryOffsets.end(), second.m_contents.entryOffsets.cbegin(),
                                       second.m_contents.entryOffsets.cend());
        m_pending += second.m_pending;
        return;
    }
    m_json = before;
    m_contents.entries.resize(entriesBefore);
    m_contents.entryOffsets.resize(entriesBefore);
    m_pending.resize(problemsBefore);
    m_json.enterArray();
    readEntries(path, 0, -1);
}

void CatalogJsonReader::readEntries(const Path &path, qsizetype firstIndex, qsizetype stopAt)
{
    for (qsizetype i = firstIndex; (stopAt < 0 || here() < stopAt) && m_json.nextElement(); ++i) {
        const qsizetype start = here();
        QString id;
        const qsizetype firstProblem = m_pending.size();
        std::optional<CatalogEntry> result = entry(path.at(i), &id);
        for (qsizetype p = firstProblem; p < m_pending.size(); ++p)
            m_pending[p].entryId = id;
        if (!result) {
            m_pending.append({start, id, u"entries[%1] is skipped because of the problems above"_s.arg(i)});
            continue;
        }
        m_contents.entries.push_back(std::move(*result));
        m_contents.entryOffsets.push_back(start);
    }
}

void CatalogJsonReader::fragments(const Path &path)
{
    if (!expect(Type::Array, path, u"must be an array"_s))
        return;
    m_json.enterArray();
    for (qsizetype i = 0; m_json.nextElement(); ++i) {
        const qsizetype start = here();
        std::optional<CatalogFragment> result = fragment(path.at(i));
        if (!result) {
            m_pending.append({start, QString(), u"fragments[%1] is skipped because of the problems above"_s.arg(i)});
            continue;
        }
        m_contents.fragments.append(std::move(*result));
    }
}

QList<CatalogProblem> CatalogJsonReader::problems() const
{
    QList<qsizetype> offsets;
    offsets.reserve(m_pending.size());
    for (const PendingProblem &problem : m_pending)
        offsets.append(problem.offset);
    const QList<TextPosition> positions = positionsAt(m_data, offsets);
    QList<CatalogProblem> result;
    result.reserve(m_pending.size());
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        result.append({m_fileName, positions[i].line, positions[i].column, m_pending[i].entryId, m_pending[i].message});
    return result;
}

CatalogFileContents CatalogJsonReader::read()
{
    const Path root;
    if (m_json.peek() == Type::Object) {
        m_json.enterObject();
        qsizetype entriesOffset = -1;
        qsizetype fragmentsOffset = -1;
        bool sawHeader = false;
        bool entriesAreArray = false;
        bool entriesRead = false;
        bool fragmentsRead = false;
        const Path entriesPath{nullptr, "entries"_L1};
        const Path fragmentsPath{nullptr, "fragments"_L1};
        QByteArrayView key;
        while (m_json.nextKey(&key)) {
            // Entries and fragments need the header's default origins: read them at once when the
            // header came first (as usual), else remember where they are and come back.
            if (key == "catalog") {
                sawHeader = true;
                header(Path{nullptr, "catalog"_L1});
            } else if (key == "entries") {
                entriesAreArray = m_json.peek() == Type::Array;
                if (sawHeader && entriesAreArray) {
                    entries(entriesPath);
                    entriesRead = true;
                } else {
                    entriesOffset = m_json.offset();
                    m_json.skip();
                }
            } else if (key == "fragments") {
                if (sawHeader) {
                    fragments(fragmentsPath);
                    fragmentsRead = true;
                } else {
                    fragmentsOffset = here();
                    m_json.skip();
                }
            } else if (key == "$schema") {
                m_json.skip();
            } else {
                unknown(key, root);
            }
        }
        m_json.finish();
        if (!m_json.failed() && entriesAreArray) {
            m_contents.readable = true;
            if (!sawHeader)
                warning(0, Path{nullptr, "catalog"_L1}, u"the \"catalog\" header with at least a \"name\" is missing"_s);
            if (!entriesRead) {
                m_json = JsonCursor(m_data, entriesOffset);
                entries(entriesPath);
            }
            if (!fragmentsRead && fragmentsOffset >= 0) {
                m_json = JsonCursor(m_data, fragmentsOffset);
                fragments(fragmentsPath);
            }
        }
    } else if (m_json.peek() != Type::Invalid) {
        m_json.skip();
        m_json.finish();
    } else {
        m_json.skip(); // records the syntax error
    }

    if (m_json.failed()) {
        m_contents.entries.clear();
        m_contents.entryOffsets.clear();
        m_contents.fragments.clear();
        m_contents.readable = false;
        m_pending = {{m_json.errorOffset(), QString(),
                      u"not valid JSON (%1); fix the file or move it out of the catalog folder"_s.arg(m_json.errorMessage())}};
    } else if (!m_contents.readable) {
        m_pending = {{0, QString(), u"not a LogSage catalog: the top level must be an object with an \"entries\" array"_s}};
    }
    m_contents.problems = problems();

    Origins defaults = m_defaults;
    m_contents.info.zhOrigin = defaults.zh;
    m_contents.info.enOrigin = defaults.en;
    resolve(m_contents.info.title, defaults);
    resolve(m_contents.info.source, defaults);
    if (m_contents.info.name.isEmpty())
        m_contents.info.name = m_fileName.section(u'/', -1).section(u'.', 0, 0);
    for (CatalogEntry &entry : m_contents.entries)
        entry.catalogName = m_contents.info.name;
    for (CatalogFragment &fragment : m_contents.fragments)
        fragment.catalogName = m_contents.info.name;
    return std::move(m_contents);
}

} // namespace

CatalogFileContents readCatalogJson(const QByteArray &json, const QString &fileName, bool user)
{
    return CatalogJsonReader(json, fileName, user).read();
}

} // namespace LogSage
