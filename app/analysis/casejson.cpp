// Case::toJson(), Case::fromJson() and Case::writeTo(): the case file format (version 1).

#include "case.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr double maxLine = 9007199254740992.0; // 2^53: integers JSON numbers hold exactly
constexpr int maxStepIndex = 1'000'000;

QString trCase(const char *text)
{
    return QCoreApplication::translate("LogSage::Case", text);
}

bool isFingerprint(const QString &text)
{
    return text.size() == 64
           && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                  return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
              });
}

/// Reads fields of untrusted JSON, remembering the first thing that is wrong.
class FieldReader
{
public:
    QString problem;

    QString string(const QJsonObject &object, QLatin1StringView name, const QString &where, bool required = false)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString())
            fail(trCase("%1 needs a text \"%2\"").arg(where, name));
        return value.toString();
    }

    double number(const QJsonObject &object, QLatin1StringView name, const QString &where, double max)
    {
        const QJsonValue value = object.value(name);
        const double n = value.toDouble(-1);
        if (!value.isDouble() || n < 0 || n > max || n != double(qint64(n))) {
            fail(trCase("%1 needs a whole number \"%2\" from 0 to %3").arg(where, name).arg(qint64(max)));
            return 0;
        }
        return n;
    }

    bool boolean(const QJsonObject &object, QLatin1StringView name, const QString &where)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            fail(trCase("%1 needs true or false for \"%2\"").arg(where, name));
        return value.toBool();
    }

    QJsonArray array(const QJsonObject &object, QLatin1StringView name)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(trCase("\"%1\" must be a list").arg(name));
        return value.toArray();
    }

    QJsonObject item(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject())
            fail(trCase("%1 must be an object").arg(where));
        return value.toObject();
    }

    void fail(const QString &what)
    {
        if (problem.isEmpty())
            problem = what;
    }
};

} // namespace

QJsonObject Case::toJson() const
{
    QJsonArray files;
    for (const CaseFile &file : m_files) {
        QJsonObject object{{u"path"_s, file.path}, {u"size"_s, double(file.size)}, {u"fingerprint"_s, file.fingerprint}};
        if (!file.head.isEmpty())
            object.insert(u"head"_s, file.head);
        if (!file.tail.isEmpty())
            object.insert(u"tail"_s, file.tail);
        files.append(object);
    }

    // Sorted, so that the same case always gives the same bytes.
    QList<StepId> ids = m_steps.keys();
    std::sort(ids.begin(), ids.end(), [](const StepId &a, const StepId &b) {
        return std::tie(a.entryId, a.causeKey, a.index) < std::tie(b.entryId, b.causeKey, b.index);
    });
    QJsonArray steps;
    for (const StepId &id : std::as_const(ids)) {
        const CaseStepState &state = m_steps.value(id);
        QJsonObject step{{u"entry"_s, id.entryId}, {u"cause"_s, id.causeKey}, {u"index"_s, id.index}};
        if (state.ticked)
            step.insert(u"ticked"_s, true);
        if (!state.note.isEmpty())
            step.insert(u"note"_s, state.note);
        steps.append(step);
    }

    QJsonArray bookmarks;
    for (const CaseBookmark &b : m_bookmarks)
        bookmarks.append(QJsonObject{{u"file"_s, b.file}, {u"line"_s, double(b.line)}, {u"lineHash"_s, b.lineHash}, {u"note"_s, b.note}});

    QJsonObject json{{u"format"_s, formatVersion},
                     {u"application"_s, u"LogSage"_s},
                     {u"files"_s, files},
                     {u"language"_s, m_language},
                     {u"filters"_s, m_filters},
                     {u"steps"_s, steps},
                     {u"bookmarks"_s, bookmarks}};
    if (!m_fileFilters.isEmpty()) {
        QJsonObject fileFilters;
        for (auto it = m_fileFilters.cbegin(); it != m_fileFilters.cend(); ++it)
            fileFilters.insert(it.key(), it.value());
        json.insert(u"fileFilters"_s, fileFilters);
    }
    return json;
}

CaseLoad Case::fromJson(const QByteArray &json, const QString &fileName)
{
    CaseLoad result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = trCase("The case file %1 is not valid JSON (%2 at byte %3); choose a case file saved by LogSage.")
                           .arg(fileName, parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(u"format"_s).isDouble()) {
        result.error = trCase("The case file %1 is not a LogSage case; choose a case file saved by LogSage.").arg(fileName);
        return result;
    }
    const int format = root.value(u"format"_s).toInt(-1);
    if (format != formatVersion) {
        result.error = format > formatVersion
                           ? trCase("The case file %1 was saved by a newer LogSage (format %2); update LogSage to open it.")
                                 .arg(fileName)
                                 .arg(format)
                           : trCase("The case file %1 has an unknown format number; choose a case file saved by LogSage.")
                                 .arg(fileName);
        return result;
    }

    auto loaded = std::make_unique<Case>();
    FieldReader read;
    const QJsonArray files = read.array(root, "files"_L1);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString where = trCase("log file %1").arg(i + 1);
        const QJsonObject object = read.item(files.at(i), where);
        CaseFile file;
        file.path = read.string(object, "path"_L1, where, true);
        file.size = qint64(read.number(object, "size"_L1, where, maxLine));
        file.fingerprint = read.string(object, "fingerprint"_L1, where, true);
        if (!isFingerprint(file.fingerprint))
            read.fail(trCase("%1 has no valid fingerprint").arg(where));
        // Cases saved before growth was recognized have no head and tail: such files are never "grown".
        file.head = read.string(object, "head"_L1, where);
        file.tail = read.string(object, "tail"_L1, where);
        if ((!file.head.isEmpty() && !isFingerprint(file.head)) || (!file.tail.isEmpty() && !isFingerprint(file.tail)))
            read.fail(trCase("%1 has no valid fingerprint").arg(where));
        loaded->m_files.append(file);
    }

    const QJsonArray steps = read.array(root, "steps"_L1);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString where = trCase("checklist step %1").arg(i + 1);
        const QJsonObject object = read.item(steps.at(i), where);
        StepId id;
        id.entryId = read.string(object, "entry"_L1, where, true);
        id.causeKey = read.string(object, "cause"_L1, where);
        id.index = int(read.number(object, "index"_L1, where, maxStepIndex));
        CaseStepState state;
        state.ticked = read.boolean(object, "ticked"_L1, where);
        state.note = read.string(object, "note"_L1, where);
        if (id.entryId.isEmpty())
            read.fail(trCase("%1 names no message").arg(where));
        if (state != CaseStepState())
            loaded->m_steps.insert(id, state);
    }

    const QJsonArray bookmarks = read.array(root, "bookmarks"_L1);
    for (qsizetype i = 0; i < bookmarks.size(); ++i) {
        const QString where = trCase("bookmark %1").arg(i + 1);
        const QJsonObject object = read.item(bookmarks.at(i), where);
        CaseBookmark bookmark;
        bookmark.file = read.string(object, "file"_L1, where, true);
        bookmark.line = quint64(read.number(object, "line"_L1, where, maxLine));
        bookmark.lineHash = read.string(object, "lineHash"_L1, where);
        bookmark.note = read.string(object, "note"_L1, where);
        if (read.problem.isEmpty() && loaded->bookmarkIndex(bookmark.file, bookmark.line) < 0)
            loaded->m_bookmarks.append(bookmark);
    }
    std::sort(loaded->m_bookmarks.begin(), loaded->m_bookmarks.end(), [](const CaseBookmark &a, const CaseBookmark &b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });

    const QJsonValue filters = root.value(u"filters"_s);
    if (!filters.isUndefined() && !filters.isObject())
        read.fail(trCase("\"filters\" must be an object"));
    loaded->m_filters = filters.toObject();
    const QJsonValue fileFilters = root.value(u"fileFilters"_s);
    if (!fileFilters.isUndefined() && !fileFilters.isObject())
        read.fail(trCase("\"fileFilters\" must be an object"));
    const QJsonObject fileFilterObject = fileFilters.toObject();
    for (auto it = fileFilterObject.constBegin(); it != fileFilterObject.constEnd(); ++it) {
        if (!isFingerprint(it.key()) || !it.value().isObject())
            read.fail(trCase("\"fileFilters\" must map file fingerprints to filters"));
        else
            loaded->m_fileFilters.insert(it.key(), it.value().toObject());
    }
    loaded->m_language = read.string(root, "language"_L1, trCase("the case"));

    if (!read.problem.isEmpty()) {
        result.error = trCase("The case file %1 is damaged (%2); choose another case file or delete this one.")
                           .arg(fileName, read.problem);
        return result;
    }
    result.value = std::move(loaded);
    return result;
}

QString Case::writeTo(const QString &path) const
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return trCase("The case could not be saved: the folder %1 cannot be created; check its permissions.").arg(folder);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return trCase("The case could not be saved to %1 (%2); check the folder's permissions and free space.")
            .arg(path, file.errorString());
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return trCase("The case could not be saved to %1 (%2); check the folder's permissions and free space.")
            .arg(path, file.errorString());
    return {};
}

} // namespace LogSage
