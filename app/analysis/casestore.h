#pragma once

#include "case.h"

#include <QString>
#include <QStringList>

namespace LogSage {

/// Keeps cases in one folder, one file per set of log files named by the set's content fingerprint
/// (<folder>/<fingerprint>.json), so a case comes back when the same files are opened again, even
/// from another path. Also opens and writes case files anywhere ("Open Case", "Save Case As").
class CaseStore
{
public:
    /// A store in `folder`; by default QStandardPaths::AppDataLocation + "/cases".
    explicit CaseStore(const QString &folder = defaultFolder());

    static QString defaultFolder();
    QString folder() const { return m_folder; }
    QString pathFor(const QString &caseKey) const; ///< where the case with this key is kept

    /// The case for these log files: the stored one when files with the same contents were opened
    /// before (paths brought up to date), else a new case that is written on its first change.
    /// A damaged stored case is kept aside (<key>.damaged.json) and a new one started, with a warning.
    CaseLoad caseFor(const QStringList &logPaths) const;

    /// Opens a case file from anywhere. Further changes are written back to that file. Each log
    /// file is checked against its fingerprint: see Case::hasChangedFiles() and fileProblems().
    static CaseLoad openCaseFile(const QString &path);
    /// Writes a copy of the case to `path` (log paths and fingerprints kept); the case keeps
    /// saving where it did. Returns a sentence naming the file, empty on success.
    static QString saveCaseAs(const Case &caseToSave, const QString &path);
    /// Sets each file's status in `caseToCheck`: unchanged, changed or missing.
    static void checkFiles(Case &caseToCheck);

    static constexpr qint64 maxCaseFileSize = 64 * 1024 * 1024;

private:
    static CaseLoad readCaseFile(const QString &path);

    QString m_folder;
};

} // namespace LogSage
