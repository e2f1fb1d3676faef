// LogView's searches: one at a time on a worker (RowSearch), its progress shown after a moment
// with a Stop button, Esc stopping it.

#include "logview.h"

#include "linesource.h"
#include "searchindicator.h"

#include <QShortcut>

namespace LogSage {

void LogView::setUpSearch()
{
    m_search = std::make_unique<RowSearch>();
    connect(m_search.get(), &RowSearch::finished, this, &LogView::onSearchFinished);
    m_searchIndicator = new SearchIndicator(this);
    m_searchIndicator->hide();
    connect(m_searchIndicator, &SearchIndicator::stopRequested, this, &LogView::stopSearch);
    // Esc stops a search wherever the focus is in the window (F3 is often pressed from the filter
    // bar); enabled only while one runs, so Esc keeps its other uses.
    m_stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &LogView::stopSearch, Qt::WindowShortcut);
    m_stopShortcut->setEnabled(false);
    // The filter bar's Esc also stops its own search: with both running, Esc is ambiguous and Qt
    // gives it to one of the two only; whichever gets it has both stopped.
    connect(m_stopShortcut, &QShortcut::activatedAmbiguously, this, [this] {
        stopSearch();
        Q_EMIT ambiguousEscape();
    });
    connect(m_search.get(), &RowSearch::progress, this, [this](int permille) {
        m_searchIndicator->setProgress(permille);
        placeSearchIndicator();
        m_searchIndicator->show();
    });
}

bool LogView::findRow(bool forward, const RowQuery &query, SearchDone done)
{
    stopSearch();
    if (!m_source || m_source->rowCount() == 0)
        return false;
    m_searchDone = std::move(done);
    if (!m_search->start(*m_source, m_currentRow, forward, query)) {
        m_searchDone = {};
        return false;
    }
    m_stopShortcut->setEnabled(m_search->isRunning());
    return true;
}

void LogView::stopSearch()
{
    m_search->cancel();
}

void LogView::onSearchFinished(RowSearch::Outcome outcome, quint64 row)
{
    m_searchIndicator->hide();
    m_stopShortcut->setEnabled(false);
    if (outcome == RowSearch::Outcome::Found && m_source && row < m_source->rowCount())
        jumpToRow(row);
    if (SearchDone done = std::exchange(m_searchDone, {}))
        done(outcome);
}

void LogView::placeSearchIndicator()
{
    const QRect area = viewport()->geometry();
    const QSize size = m_searchIndicator->sizeHint();
    m_searchIndicator->setGeometry(area.right() - size.width() - 8, area.bottom() - size.height() - 8, size.width(), size.height());
}

bool LogView::findSameMessage(bool forward, SearchDone done)
{
    if (!m_source || m_source->rowCount() == 0)
        return false;
    const quint16 type = m_source->record(m_currentRow).messageType;
    if (type == 0)
        return false;
    return findRow(forward, {[type](const LineRecord &r) { return r.messageType == type && !(r.flags & Continuation); }, {}},
                   std::move(done));
}

bool LogView::findWarningOrWorse(bool forward, SearchDone done)
{
    return findRow(forward, {[](const LineRecord &r) { return r.severity <= 4 && !(r.flags & Continuation); }, {}},
                   std::move(done));
}

} // namespace LogSage
