#include "caseindex.h"

#include "case.h"
#include "casematch.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr int indexVersion = 1;
constexpr qint64 maxIndexSize = 16 * 1024 * 1024;

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

CaseIndex::CaseIndex(const QString &folder)
    : m_folder(folder)
{
}

QString CaseIndex::indexPath(const QString &folder)
{
    return QDir(folder).filePath(u".index"_s);
}

QList<CaseIndex::Entry> CaseIndex::readIndex() const
{
    QFile file(indexPath(m_folder));
    if (file.size() > maxIndexSize || !file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value("version"_L1).toInt() != indexVersion)
        return {}; // missing, damaged or of another version: rebuilt from the cases
    QList<Entry> entries;
    for (const QJsonValue &value : root.value("cases"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.name = object.value("name"_L1).toString();
        entry.size = object.value("size"_L1).toInteger(-1);
        entry.modified = object.value("modified"_L1).toInteger(-1);
        entry.paths = toList(object.value("paths"_L1));
        entry.heads = toList(object.value("heads"_L1));
        if (!entry.name.isEmpty() && !entry.name.contains(u'/'))
            entries.append(entry);
    }
    return entries;
}

bool CaseIndex::writeIndex(const QList<Entry> &entries) const
{
    QJsonArray cases;
    for (const Entry &entry : entries)
        cases.append(QJsonObject{{"name"_L1, entry.name},
                                 {"size"_L1, entry.size},
                                 {"modified"_L1, entry.modified},
                                 {"paths"_L1, toArray(entry.paths)},
                                 {"heads"_L1, toArray(entry.heads)}});
    QSaveFile file(indexPath(m_folder));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{"version"_L1, indexVersion}, {"cases"_L1, cases}}).toJson(QJsonDocument::Compact));
    return file.commit();
}

QStringList CaseIndex::candidates(const QStringList &paths, const QStringList &heads, qint64 maxCaseFileSize)
{
    m_readCount = 0;
    QHash<QString, Entry> indexed;
    for (Entry &entry : readIndex())
        indexed.insert(entry.name, std::move(entry));
    const qsizetype before = indexed.size();
    bool changed = false;

    QList<Entry> entries;
    const QDir folder(m_folder);
    const QFileInfoList stored = folder.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : stored) {
        if (info.fileName().endsWith(u".damaged.json"_s) || info.size() > maxCaseFileSize)
            continue;
        const qint64 modified = info.lastModified().toMSecsSinceEpoch();
        auto found = indexed.find(info.fileName());
        if (found != indexed.end() && found->size == info.size() && found->modified == modified) {
            entries.append(*found);
            continue;
        }
        // New or rewritten since it was indexed: read it once, here.
        changed = true;
        ++m_readCount;
        Entry entry{info.fileName(), info.size(), modified, {}, {}};
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly)) {
            const CaseLoad load = Case::fromJson(file.readAll(), info.absoluteFilePath());
            if (load.ok())
                for (const CaseFile &caseFile : load.value->files()) {
                    entry.paths.append(casePath(caseFile.path));
                    entry.heads.append(caseFile.head);
                }
        }
        entries.append(entry);
    }
    if (changed || entries.size() != before)
        writeIndex(entries); // when it cannot be written, the next look reads the cases again

    QStringList result;
    for (const Entry &entry : std::as_const(entries)) {
        const bool samePath = std::any_of(entry.paths.cbegin(), entry.paths.cend(), [&paths](const QString &p) { return paths.contains(p); });
        const bool sameHead = std::any_of(entry.heads.cbegin(), entry.heads.cend(), [&heads](const QString &h) {
            return !h.isEmpty() && heads.contains(h);
        });
        if (samePath || sameHead)
            result.append(folder.absoluteFilePath(entry.name));
    }
    return result;
}

} // namespace LogSage
