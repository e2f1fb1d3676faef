#pragma once

#include "linesource.h"
#include "linetypes.h"
#include "rowsearch.h"

#include <QAbstractScrollArea>
#include <QTextLayout>
#include <QBitArray>
#include <QHash>
#include <QPointer>
#include <QSet>

class QShortcut;

#include <functional>

#include <memory>

namespace LogSage {


class LogHighlighter;
class SearchIndicator;

/// The log itself: a scroll area that paints only the visible rows of a LineSource, with line
/// numbers, a severity marker on recognized lines and KSyntaxHighlighting colours. Rows are
/// 64-bit; the int scroll bar is scaled when a file has more rows than it can hold.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setLineSource(LineSource *source);
    LineSource *lineSource() const { return m_source; }

    /// Message type ids (LineRecord::messageType) that a catalog knows; they get a marker.
    void setRecognizedTypes(const QBitArray &types);
    void setDarkTheme(bool dark);

    quint64 currentRow() const { return m_currentRow; }
    /// The file line of the current row, or an invalid optional when the view is empty.
    std::optional<LineNumber> currentLine() const;
    void setCurrentRow(quint64 row);
    void setCurrentLine(LineNumber line); ///< nearest shown row when the line is filtered out
    /// Like setCurrentRow/Line, but the row is centred (for jumps: go to line, next match,
    /// bookmark), so the lines around it show too.
    void jumpToRow(quint64 row);
    void jumpToLine(LineNumber line);
    quint64 firstVisibleRow() const { return m_firstRow; }
    int visibleRowCount() const;
    QString selectedText() const;

    void setWordWrap(bool wrap);
    bool wordWrap() const { return m_wordWrap; }
    /// File lines (0-based) that carry a bookmark tick in the gutter.
    void setBookmarks(const QSet<quint64> &lines);
    /// Notes of bookmarked file lines, shown as the tooltip of their gutter tick.
    void setBookmarkNotes(const QHash<quint64, QString> &notes);

    /// Runs when a search ends (on the GUI thread), after the view moved to the row found.
    using SearchDone = std::function<void(RowSearch::Outcome)>;
    /// Searches the rows after (or before) the current one for `query` without blocking (see
    /// RowSearch; a running search stops first), and moves to the row found. False, with
    /// searchError() set, when the search cannot run (invalid expression, empty view).
    bool findRow(bool forward, const RowQuery &query, SearchDone done = {});
    bool findSameMessage(bool forward, SearchDone done = {});    ///< the current line's message type
    bool findWarningOrWorse(bool forward, SearchDone done = {}); ///< severity 0..4
    void stopSearch(); ///< stops a running search (its SearchDone gets Stopped); Esc does it too
    bool isSearching() const { return m_search->isRunning(); }
    QString searchError() const { return m_search->errorString(); }
    RowSearch *rowSearch() const { return m_search.get(); }

public Q_SLOTS:
    void copy();

Q_SIGNALS:
    void currentLineChanged(LogSage::LineNumber line);
    void contextMenuRequested(LogSage::LineNumber line, const QPoint &globalPos);
    /// Esc stopped this view's search while another Esc of the window (the filter bar's) was
    /// enabled too: the owner stops that one as well.
    void ambiguousEscape();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateScrollBars();
    void scrollToRow(quint64 row);
    void ensureVisible(quint64 row);
    void centreRow(quint64 row);
    bool isRowVisible(quint64 row, int viewportHeight) const;
    void moveCurrent(qint64 delta, bool extendSelection);
    quint64 rowAt(int y) const;
    int layoutRow(quint64 row, QTextLayout &layout) const; ///< lays out a row; returns its height
    int rowHeight(quint64 row) const;
    quint64 maxFirstRow() const;
    int gutterWidth() const;
    int lineHeight() const;
    QColor severityColor(int severity) const;
    void setUpSearch(); ///< the worker, its indicator and the Esc shortcut
    void onSearchFinished(RowSearch::Outcome outcome, quint64 row);
    void placeSearchIndicator();

    QPointer<LineSource> m_source;
    std::unique_ptr<LogHighlighter> m_highlighter;
    QBitArray m_recognized;
    quint64 m_firstRow = 0;
    quint64 m_currentRow = 0;
    quint64 m_anchorRow = 0;
    QSet<quint64> m_bookmarks;
    QHash<quint64, QString> m_bookmarkNotes;
    int m_maxTextWidth = 0;
    bool m_wordWrap = false;
    bool m_updatingScrollBar = false;
    bool m_centreWhenShown = false; ///< a jump came before the view had its height
    std::unique_ptr<RowSearch> m_search;
    SearchIndicator *m_searchIndicator = nullptr;
    QShortcut *m_stopShortcut = nullptr;
    SearchDone m_searchDone;
};

} // namespace LogSage
