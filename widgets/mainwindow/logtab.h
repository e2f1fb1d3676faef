#pragma once

#include "filterspec.h"
#include "linetypes.h"

#include <QBitArray>
#include <QWidget>

#include <chrono>
#include <memory>
#include <optional>

class QTimer;

namespace LogSage {

class Case;
class CaseMessageBar;
class Catalog;
struct CaseLoad;
class DocumentLineSource;
class FilterBar;
class FindBar;
class FilteredLineSource;
class FilteredLines;
class HiddenLineBar;
class LogDocument;
class LogView;

/// One opened log: the document, its filter bar and its view. Shows every line, or the lines
/// that pass the filter with their original numbers.
class LogTab : public QWidget
{
    Q_OBJECT
public:
    LogTab(const Catalog &catalog, QWidget *parent = nullptr);
    ~LogTab() override;

    /// Opens `path`; false with document()->errorString() set when it cannot be opened.
    /// The case kept for this file's contents is restored (filters, bookmarks, ticks), and the
    /// message bar says when the file has grown or changed since (see showCaseLoad()).
    bool open(const QString &path);
    /// Opens `path` without its case: the window gives one (shared by a set of files, or Open Case).
    bool openDocument(const QString &path);
    /// Uses `investigation`, which other tabs of the same set of files may share.
    void setCase(std::shared_ptr<Case> investigation);
    Case *investigation() const { return m_case.get(); }
    std::shared_ptr<Case> sharedCase() const { return m_case; }
    /// Shows what CaseStore::caseFor() found besides the case: a statement when this file has
    /// grown, a question (changedCaseAnswered()) when a stored case of its path has other content.
    void showCaseLoad(const CaseLoad &load);
    /// The stored case the message bar offers, empty when it offers none.
    QString offeredCasePath() const { return m_offeredCase; }
    /// Lines of this file whose bookmark was set on a line that read differently (the file changed).
    QList<quint64> changedBookmarkLines() const;
    /// How often at most a followed log's growth is written into its case (10 s by default); growth
    /// not written yet is written when the tab closes or takes another case.
    void setFollowSaveInterval(std::chrono::milliseconds interval);

    /// Marks recognized lines again (after the catalog changed).
    void refreshRecognition();

    /// The fingerprint this file's bookmarks are filed under in the case (empty without a case).
    QString bookmarkFileKey() const { return fileKey(); }
    /// Goes to `line` (go to line, bookmarks, tunnels). When the filter hides it, the nearest shown
    /// line is selected and a message bar says so, offering to clear the hiding; returns false then.
    bool goToLine(LineNumber line);
    /// Clears the parts of the filter that hide `line`, then goes to it.
    void revealLine(LineNumber line);

    void toggleBookmark(LineNumber line);
    void editBookmarkNote(LineNumber line);
    bool goToBookmark(bool forward);

    LogDocument *document() const { return m_document; }
    LogView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    FindBar *findBar() const { return m_findBar; }
    /// Opens the find bar under the log (Ctrl+F), the focus in its field.
    void openFindBar();
    const QBitArray &recognizedTypes() const { return m_recognized; }

    FilterSpec filter() const;
    void setFilter(const FilterSpec &spec);
    void hideMessage(const QString &messageId);
    void showOnlyMessage(const QString &messageId);
    /// Searches the shown rows after (or before) the current one for the find bar's text, as text
    /// or regular expression and with its case option, without blocking (the filter still applies:
    /// only shown rows are searched); the view moves to the line found, or the find bar and
    /// statusMessage() say there is none. False when no search started (no text: the find bar
    /// opens; or an invalid expression: the status says why).
    bool findText(bool forward);

Q_SIGNALS:
    void currentLineChanged(LogSage::LineNumber line);
    void filterChanged(const LogSage::FilterSpec &spec);
    void statusMessage(const QString &message);
    void caseChanged(LogSage::Case *investigation); ///< a different case object is in use
    /// The user answered the message bar: take the stored case at `casePath`, or keep the new one.
    void changedCaseAnswered(bool useThatCase, const QString &casePath);

private:
    void applyFilter(const FilterSpec &spec);
    /// Stop in the filter bar: the running filter search is cancelled, and the last filter whose
    /// search ended (or none) is shown again; statusMessage() says so.
    void stopFilterSearch();
    void updateChoicesAndRecognized();
    void updateShownCount();
    void updateTimeSpan();
    void showContextMenu(LineNumber line, const QPoint &globalPos);
    void restoreFromCase();
    void updateBookmarks();
    QString fileKey() const; ///< the fingerprint bookmarks of this file are filed under
    void refreshFollowedFile();     ///< growth noted, written by m_followSave
    void writeFollowedGrowth();     ///< the case's fingerprint of this file brought up to date
    QTimer *followSaveTimer();

    const Catalog &m_catalog;
    LogDocument *m_document = nullptr;
    LogView *m_view = nullptr;
    FilterBar *m_filterBar = nullptr;
    FindBar *m_findBar = nullptr;
    FilteredLines *m_filtered = nullptr;
    DocumentLineSource *m_allLines = nullptr;
    FilteredLineSource *m_filteredSource = nullptr;
    QBitArray m_recognized;
    std::shared_ptr<Case> m_case;
    CaseMessageBar *m_caseBar = nullptr;
    HiddenLineBar *m_hiddenBar = nullptr; ///< says that a line gone to is hidden by the filter
    QString m_offeredCase; ///< the stored case the message bar offers
    std::optional<LineNumber> m_keepLine; ///< the line to return to once a new filter has found it
    QTimer *m_followSave = nullptr; ///< throttles writing a followed log's growth into its case
    bool m_followGrown = false;     ///< growth noted but not written into the case yet
};

} // namespace LogSage
