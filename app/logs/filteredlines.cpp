#include "filteredlines.h"

#include "linesearch.h"
#include "logdocument.h"

#include <algorithm>

namespace LogSage {

FilteredLines::FilteredLines(LogDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &LogDocument::linesAdded, this, &FilteredLines::onDocumentLinesAdded);
    connect(document, &LogDocument::indexingFinished, this, &FilteredLines::onDocumentLinesAdded);
    // Message-type and host ids belong to the file they came from: another file drops the filter.
    connect(document, &LogDocument::opened, this, [this] {
        if (m_active)
            clear();
    });
    connect(document, &LogDocument::reset, this, [this] {
        if (m_active)
            setFilter(m_filter);
    });
}

FilteredLines::~FilteredLines()
{
    // The search's destructor cancels its workers and waits for them; they write into m_lines,
    // which is declared after m_search and so would be destroyed first.
    m_search.reset();
}

void FilteredLines::setFilter(const LineFilter &filter)
{
    clear();
    m_filter = filter;
    m_active = true;
    startSearch(0);
}

void FilteredLines::clear()
{
    ++m_generation;
    m_search.reset();
    m_active = false;
    m_error.clear();
    m_searchedUpTo.store(0);
    m_searchEnd.store(0);
    {
        QWriteLocker locker(&m_lock);
        m_lines.clear();
    }
    Q_EMIT reset();
}

void FilteredLines::startSearch(quint64 from)
{
    const quint64 generation = m_generation;
    m_search.reset();
    m_search = std::make_unique<LineSearch>(
        *m_document, m_filter, from,
        [this](std::vector<quint64> &&lines, quint64 upTo) {
            if (!lines.empty()) {
                QWriteLocker locker(&m_lock);
                m_lines.insert(m_lines.end(), lines.begin(), lines.end());
            }
            m_searchedUpTo.store(upTo);
            postLinesAdded();
        },
        [this, generation](bool cancelled) {
            QMetaObject::invokeMethod(this, [this, generation, cancelled] { onSearchFinished(generation, cancelled); },
                                      Qt::QueuedConnection);
        });
    m_searchEnd.store(m_search->end());
    m_error = m_search->errorString();
}

void FilteredLines::postLinesAdded()
{
    if (m_posted.exchange(true))
        return;
    QMetaObject::invokeMethod(this, [this] {
        m_posted.store(false);
        Q_EMIT linesAdded(lineCount());
        const quint64 end = m_searchEnd.load();
        Q_EMIT progress(end ? int(std::min<quint64>(1000, m_searchedUpTo.load() * 1000 / end)) : 1000);
    }, Qt::QueuedConnection);
}

void FilteredLines::onSearchFinished(quint64 generation, bool cancelled)
{
    if (generation != m_generation || !m_search)
        return;
    const quint64 end = m_search->end();
    m_search.reset();
    m_searchedUpTo.store(end);
    Q_EMIT linesAdded(lineCount());
    Q_EMIT searchFinished(cancelled);
    if (!cancelled)
        onDocumentLinesAdded(); // the document may have grown meanwhile
}

void FilteredLines::onDocumentLinesAdded()
{
    if (!m_active || m_search || !m_error.isEmpty())
        return;
    const quint64 done = m_searchedUpTo.load();
    if (m_document->lineCount().value > done)
        startSearch(done);
}

void FilteredLines::cancel()
{
    if (m_search)
        m_search->cancel();
}

bool FilteredLines::isSearching() const
{
    return m_search != nullptr;
}

QString FilteredLines::errorString() const
{
    return m_error;
}

LineCount FilteredLines::lineCount() const
{
    QReadLocker locker(&m_lock);
    return LineCount(m_lines.size());
}

LineNumber FilteredLines::originalLine(LineNumber filtered) const
{
    QReadLocker locker(&m_lock);
    if (filtered.value >= m_lines.size())
        return LineNumber(m_document->lineCount().value);
    return LineNumber(m_lines[filtered.value]);
}

LineNumber FilteredLines::filteredLineAtOrAfter(LineNumber original) const
{
    QReadLocker locker(&m_lock);
    const auto it = std::lower_bound(m_lines.cbegin(), m_lines.cend(), original.value);
    return LineNumber(quint64(it - m_lines.cbegin()));
}

QString FilteredLines::lineText(LineNumber filtered) const
{
    return m_document->lineText(originalLine(filtered));
}

QByteArrayView FilteredLines::lineBytes(LineNumber filtered) const
{
    return m_document->lineBytes(originalLine(filtered));
}

LineRecord FilteredLines::record(LineNumber filtered) const
{
    return m_document->record(originalLine(filtered));
}

} // namespace LogSage
