#pragma once

#include "linefilter.h"
#include "linetypes.h"

#include <QObject>
#include <QReadWriteLock>

#include <atomic>
#include <deque>
#include <memory>

namespace LogSage {

class LogDocument;
class LineSearch;

/// The lines of a document that pass a filter, as a line source for a view: filtered line n
/// is original line originalLine(n). Found on worker threads and streamed in (linesAdded);
/// follows the document as it grows (while indexing, or in follow mode), starts over when the
/// document is reset, and is cleared when the document opens another file (the filter's ids
/// belong to the old one). Accessors may be called from any thread.
class FilteredLines : public QObject
{
    Q_OBJECT
public:
    explicit FilteredLines(LogDocument *document, QObject *parent = nullptr);
    ~FilteredLines() override;

    /// Starts over with `filter`; lineCount() drops to 0 and grows again as lines are found.
    void setFilter(const LineFilter &filter);
    void clear();  ///< no filter: no lines, nothing running
    void cancel(); ///< stops the running search; lines found so far stay
    bool isSearching() const;
    QString errorString() const; ///< set when the filter cannot be used (bad expression)

    const LogDocument *document() const { return m_document; }
    LineCount lineCount() const;
    LineNumber originalLine(LineNumber filtered) const; ///< the original number, or past-the-end
    /// The first filtered line at or after `original` (lineCount() when none): keeps the view
    /// near the line the user was on when the filter changes.
    LineNumber filteredLineAtOrAfter(LineNumber original) const;
    QString lineText(LineNumber filtered) const;
    QByteArrayView lineBytes(LineNumber filtered) const;
    LineRecord record(LineNumber filtered) const;

Q_SIGNALS:
    void linesAdded(LineCount total);  ///< more matching lines (throttled)
    void progress(int permille);
    void searchFinished(bool cancelled);
    void reset();                      ///< the list was emptied (new filter, document reset)

private:
    void startSearch(quint64 from);
    void onDocumentLinesAdded();
    void onSearchFinished(quint64 generation, bool cancelled);
    void postLinesAdded();

    LogDocument *m_document;
    LineFilter m_filter;
    bool m_active = false;
    std::unique_ptr<LineSearch> m_search;
    QString m_error;
    quint64 m_generation = 0;
    std::atomic<quint64> m_searchedUpTo{0};
    std::atomic<quint64> m_searchEnd{0};
    std::atomic<bool> m_posted{false};
    mutable QReadWriteLock m_lock;
    std::deque<quint64> m_lines;
};

} // namespace LogSage
