#pragma once

#include "casefile.h"
#include "casestep.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace LogSage {

/// A bookmarked log line with the engineer's note.
struct CaseBookmark {
    QString file;     ///< fingerprint of the CaseFile the line is in
    quint64 line = 0; ///< 0-based line number
    QString lineHash; ///< Case::lineHash() of the line when it was bookmarked
    QString note;

    friend bool operator==(const CaseBookmark &, const CaseBookmark &) = default;
};

/// What the engineer ticked and wrote about one step.
struct CaseStepState {
    bool ticked = false;
    QString note;

    friend bool operator==(const CaseStepState &, const CaseStepState &) = default;
};

class Case;

/// A log file that has only grown since its case was saved: same case, more bytes.
struct GrownFile {
    QString path;
    qint64 addedBytes = 0;
};

/// A case read from disk, or a sentence naming the file and what to do.
struct CaseLoad {
    std::unique_ptr<Case> value;
    QString error;   ///< set when value is null
    QString warning; ///< set when value is usable but something was replaced (e.g. a damaged file)
    QList<GrownFile> grown; ///< files of the restored case that grew since it was saved
    QString notice;         ///< a sentence per grown file, for the status bar; empty when none grew
    /// A stored case of the same paths whose files now have other content: value is a new case,
    /// and the user may take that one instead (CaseStore::adoptCase()).
    QString changedCasePath;
    QDateTime changedCaseSaved;  ///< when that case was last saved
    QString changedFile;         ///< the file that changed, for CaseStore::changedNotice()
    QString changedNotice;       ///< "<file> has changed since the case of <date> was saved."
    bool ok() const { return value != nullptr; }
};

/// An investigation over a set of log files: the files (by content fingerprint), checklist ticks and
/// notes per step, bookmarks with notes, the view's filters and the reference language. Every change
/// is written at once to storagePath() (QSaveFile), so nothing needs saving and a crash loses nothing.
/// Changes that fail to save are kept in memory, and saveFailed() tells why.
class Case : public QObject
{
    Q_OBJECT
public:
    static constexpr int formatVersion = 1;

    explicit Case(QObject *parent = nullptr);
    ~Case() override;

    /// The file every change is written to; empty keeps the case in memory only.
    QString storagePath() const { return m_storagePath; }
    void setStoragePath(const QString &path) { m_storagePath = path; }
    /// Writes the case to storagePath() now (e.g. to create it before the first change).
    bool save();
    /// The last save error, a sentence naming the file; empty after a successful save.
    QString lastError() const { return m_lastError; }

    /// The key of the case in a CaseStore: fingerprintOfSet() of its files.
    QString key() const;

    const QList<CaseFile> &files() const { return m_files; }
    bool setFiles(const QList<CaseFile> &files);
    /// Replaces the files one for one (same count and order) with their current state, e.g. a grown
    /// file's new fingerprint: bookmarks and filters filed under an old fingerprint follow the new one.
    bool updateFiles(const QList<CaseFile> &files);
    /// Sets what opening the case found for each file (not saved; see CaseStore::checkFiles()).
    void setFileStatus(int index, CaseFile::Status status);
    /// The fingerprint of the case's file at `path`, empty when the case has no file there.
    QString fingerprintOf(const QString &path) const;
    /// True when a log file's content no longer matches the fingerprint saved with the case.
    bool hasChangedFiles() const;
    /// One sentence per file that is missing or has changed since the case was saved.
    QStringList fileProblems() const;

    // Setters return false when the change could not be saved (see lastError(), saveFailed());
    // the change is kept in memory either way. Setting the current value writes nothing.
    bool isTicked(const StepId &step) const;
    bool setTicked(const StepId &step, bool ticked);
    QString note(const StepId &step) const;
    bool setNote(const StepId &step, const QString &note);
    /// Every step with a tick or a note.
    const QHash<StepId, CaseStepState> &steps() const { return m_steps; }
    StepProgress progress(const QList<StepId> &steps) const;
    StepProgress progress(const QList<ShownStep> &steps) const;
    /// Progress over the steps the panel shows for `entry` (see shownSteps()).
    StepProgress progress(const CatalogEntry &entry, int matchedCause, const QList<int> &causeOrder = {}) const;

    const QList<CaseBookmark> &bookmarks() const { return m_bookmarks; }
    const CaseBookmark *bookmark(const QString &file, quint64 line) const;
    /// The bookmarked lines of one file (by fingerprint), e.g. for LogView::setBookmarks().
    QSet<quint64> bookmarkedLines(const QString &file) const;
    /// Adds a bookmark, or replaces the one on the same line of the same file.
    bool addBookmark(const CaseBookmark &bookmark);
    bool removeBookmark(const QString &file, quint64 line);
    /// False when there is no such bookmark, or when the change could not be saved.
    bool setBookmarkNote(const QString &file, quint64 line, const QString &note);
    /// The hash kept with a bookmark, over the line's raw bytes.
    static QString lineHash(QByteArrayView lineBytes);
    /// False when the bookmarked line now reads differently (the file changed).
    static bool bookmarkMatches(const CaseBookmark &bookmark, QByteArrayView currentLineBytes);

    /// The view's filters, opaque to the case.
    QJsonObject filters() const { return m_filters; }
    bool setFilters(const QJsonObject &filters);
    /// The filters of one file (by fingerprint) in a case of several files; the case's filters()
    /// for a file that has none of its own, and always in a case of one file.
    QJsonObject filtersFor(const QString &file) const;
    /// Sets one file's filters; in a case of one file (or for an empty `file`), the case's filters.
    bool setFiltersFor(const QString &file, const QJsonObject &filters);

    /// The language chosen for reference text ("zh", "en", or what the GUI uses), empty when unset.
    QString language() const { return m_language; }
    bool setLanguage(const QString &language);

    QJsonObject toJson() const;
    /// Reads a case from JSON bytes; errors name `fileName`. Untrusted input: any damage gives an error.
    static CaseLoad fromJson(const QByteArray &json, const QString &fileName);
    /// Writes the case to `path` with QSaveFile; returns a sentence naming the file, empty on success.
    QString writeTo(const QString &path) const;

Q_SIGNALS:
    void filesChanged();
    void stepChanged(const LogSage::StepId &step);
    void bookmarksChanged();
    void filtersChanged();
    void languageChanged(const QString &language);
    void changed();                         ///< after any of the above
    void saveFailed(const QString &message); ///< a sentence naming the file and what to do

private:
    bool commitChange();
    qsizetype bookmarkIndex(const QString &file, quint64 line) const;

    QString m_storagePath;
    QString m_lastError;
    QList<CaseFile> m_files;
    QHash<StepId, CaseStepState> m_steps;
    QList<CaseBookmark> m_bookmarks;
    QJsonObject m_filters;
    QHash<QString, QJsonObject> m_fileFilters; ///< by file fingerprint, in cases of several files
    QString m_language;
};

} // namespace LogSage
