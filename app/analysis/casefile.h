#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace LogSage {

/// One log file of a case: where it was, and what it contained (recognized by content, not path).
struct CaseFile {
    /// What opening the case found at `path`; never saved.
    enum class Status { Unchecked, Unchanged, Changed, Missing };

    QString path;
    qint64 size = 0;
    QString fingerprint; ///< see fingerprintFile()
    Status status = Status::Unchecked;
    QString head; ///< SHA-256 (hex) of the first 64 KiB (or the whole file when smaller); empty in old cases
    QString tail; ///< SHA-256 (hex) of the 64 KiB that end at `size`; empty in old cases

    friend bool operator==(const CaseFile &a, const CaseFile &b)
    {
        return a.path == b.path && a.size == b.size && a.fingerprint == b.fingerprint && a.head == b.head
               && a.tail == b.tail;
    }
};

/// The result of fingerprinting one file: the file with its fingerprint, or a sentence naming it.
struct FileFingerprint {
    CaseFile file;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Fingerprints a log file by content: SHA-256 (hex) over its size and its first and last 64 KiB,
/// so the same file is recognized at another path in constant time, whatever its size. Also sets
/// CaseFile::head and CaseFile::tail, which tell later whether the file has only grown.
FileFingerprint fingerprintFile(const QString &path);

/// How many bytes the file at `path` has gained since `saved` was fingerprinted, when the saved
/// content is still its beginning (same first 64 KiB, same 64 KiB ending at the saved size);
/// nothing when it has not grown, has other content, cannot be read, or `saved` has no head/tail.
std::optional<qint64> growthSince(const CaseFile &saved, const QString &path);

/// The key of a set of files: the fingerprint itself for one file, otherwise SHA-256 over the sorted
/// fingerprints, so the order in which files are opened does not matter.
QString fingerprintOfSet(QStringList fingerprints);

} // namespace LogSage
