#pragma once

#include "case.h"
#include "casematch.h"

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
    /// before (paths brought up to date), or when they have only grown since (CaseLoad::grown and
    /// notice; the case's fingerprints are brought up to date); else a new case that is written on
    /// its first change. When a stored case has the same paths but other content, the new case comes
    /// with CaseLoad::changedCasePath, so the user may take that one instead (adoptCase()).
    /// A damaged stored case is kept aside (<key>.damaged.json) and a new one started, with a warning.
    CaseLoad caseFor(const QStringList &logPaths) const;
    /// "Use that case": the stored case at `casePath` for the log files at `logPaths` (its paths),
    /// whose content has changed. Fingerprints are brought up to date; bookmarks stay, with the hash
    /// of their old line (see Case::bookmarkMatches()), and files that changed have Status::Changed.
    static CaseLoad adoptCase(const QString &casePath, const QStringList &logPaths);
    /// Brings the case's record of the file at `logPath` up to date after it grew (a followed log),
    /// when the case is kept on disk already; false when nothing was updated (not grown, or cut
    /// short or rewritten: then the case keeps the content it was about). The case keeps saving
    /// where it did.
    static bool refreshFile(Case &caseToRefresh, const QString &logPath);

    /// Opens a case file from anywhere. Further changes are written back to that file. Each log
    /// file is checked against its fingerprint: see Case::hasChangedFiles() and fileProblems().
    static CaseLoad openCaseFile(const QString &path);
    /// Writes a copy of the case to `path` (log paths and fingerprints kept); the case keeps
    /// saving where it did. Returns a sentence naming the file, empty on success.
    static QString saveCaseAs(const Case &caseToSave, const QString &path);
    /// Sets each file's status in `caseToCheck`: unchanged, changed or missing.
    static void checkFiles(Case &caseToCheck);

    /// What locateFiles() found.
    struct Located {
        QList<int> notFound;    ///< indexes of files found nowhere
        QList<GrownFile> grown; ///< files taken although they grew since the case was saved
    };
    /// For each file of the case that is missing or has other content at its saved path, looks for
    /// the file of the same name in each of `folders` (e.g. beside the case file) and takes the first
    /// whose content is the saved one, or has only grown. Paths (and a grown file's fingerprint) are
    /// updated in the case.
    static Located locateFiles(Case &caseToLocate, const QStringList &folders);
    /// Takes `path` as file `index` of the case when its content is the saved one (or has grown);
    /// otherwise returns a sentence naming both files.
    static QString useFileAt(Case &caseToUpdate, int index, const QString &path);

    /// A sentence per grown file: "<file> has grown since this case was saved (N more bytes); ...".
    static QString grownNotice(const QList<GrownFile> &grown);
    /// "<file> has changed since the case of <date> was saved.", in the current UI language.
    static QString changedNotice(const QString &changedFile, const QDateTime &saved);

    static constexpr qint64 maxCaseFileSize = 64 * 1024 * 1024;

private:
    static CaseLoad readCaseFile(const QString &path);
    /// The stored case (not `except`) whose files match `files` best: the same case, else the most
    /// recently saved one with the same paths; its path in `casePath`.
    CaseMatch findStored(const QList<CaseFile> &files, const QString &except, QString *casePath) const;

    QString m_folder;
};

} // namespace LogSage
