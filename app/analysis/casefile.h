#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace LogSage {

/// One log file of a case: where it was, and what it contained (recognized by content, not path).
struct CaseFile {
    /// What opening the case found at `path`; never saved.
    enum class Status { Unchecked, Unchanged, Changed, Missing };

    QString path;
    qint64 size = 0;
    QString fingerprint; ///< see fingerprintFile()
    Status status = Status::Unchecked;

    friend bool operator==(const CaseFile &a, const CaseFile &b)
    {
        return a.path == b.path && a.size == b.size && a.fingerprint == b.fingerprint;
    }
};

/// The result of fingerprinting one file: the file with its fingerprint, or a sentence naming it.
struct FileFingerprint {
    CaseFile file;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Fingerprints a log file by content: SHA-256 (hex) over its size and its first and last 64 KiB,
/// so the same file is recognized at another path in constant time, whatever its size.
FileFingerprint fingerprintFile(const QString &path);

/// The key of a set of files: the fingerprint itself for one file, otherwise SHA-256 over the sorted
/// fingerprints, so the order in which files are opened does not matter.
QString fingerprintOfSet(QStringList fingerprints);

} // namespace LogSage
