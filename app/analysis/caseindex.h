#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace LogSage {

/// A small index of a case store's folder, kept in the folder itself (".index"; not a case, as
/// its name does not end in ".json"): for each stored case file its size and time, and the paths
/// and head hashes of its log files. Opening a log then reads only the cases that may be about it,
/// not every stored case. Entries whose case file is new, changed or gone since are brought up to
/// date when the index is asked, and a missing or unreadable index is rebuilt.
class CaseIndex
{
public:
    explicit CaseIndex(const QString &folder);

    /// The index file of `folder`.
    static QString indexPath(const QString &folder);

    /// The stored case files (absolute paths; damaged ones and those over `maxCaseFileSize` left
    /// out) with a log file at one of `paths` or with one of `heads`. Brings the index up to date
    /// first and writes it back when it changed.
    QStringList candidates(const QStringList &paths, const QStringList &heads, qint64 maxCaseFileSize);

    /// How many case files the last candidates() call had to read (new or changed since indexed).
    int readCount() const { return m_readCount; }

private:
    struct Entry {
        QString name;        ///< file name in the folder
        qint64 size = -1;
        qint64 modified = -1; ///< msecs since the epoch
        QStringList paths;   ///< casePath() of each log file
        QStringList heads;   ///< CaseFile::head of each log file
    };
    QList<Entry> readIndex() const;
    bool writeIndex(const QList<Entry> &entries) const;

    QString m_folder;
    int m_readCount = 0;
};

} // namespace LogSage
