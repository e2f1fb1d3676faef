#include "timewindow.h"

#include <algorithm>
#include <cmath>

namespace LogSage {

void TimeWindow::setFullRange(qint64 fromMsecs, qint64 toMsecs)
{
    m_fullFrom = fromMsecs;
    m_fullTo = std::max(toMsecs, fromMsecs + 1);
    reset();
}

void TimeWindow::reset()
{
    m_from = m_fullFrom;
    m_to = m_fullTo;
}

void TimeWindow::zoom(qint64 anchorMsecs, double factor)
{
    if (!(factor > 0))
        return;
    const qint64 anchor = std::clamp(anchorMsecs, m_from, m_to);
    const double share = double(anchor - m_from) / double(span());
    const qint64 newSpan = qint64(std::llround(double(span()) / factor));
    const qint64 from = anchor - qint64(std::llround(share * double(newSpan)));
    show(from, from + newSpan);
}

void TimeWindow::pan(qint64 deltaMsecs)
{
    const qint64 length = span();
    const qint64 from = std::clamp(m_from + deltaMsecs, m_fullFrom, std::max(m_fullFrom, m_fullTo - length));
    m_from = from;
    m_to = from + length;
    clamp();
}

void TimeWindow::show(qint64 fromMsecs, qint64 toMsecs)
{
    if (toMsecs < fromMsecs)
        std::swap(fromMsecs, toMsecs);
    m_from = fromMsecs;
    m_to = toMsecs;
    clamp();
}

void TimeWindow::clamp()
{
    const qint64 full = m_fullTo - m_fullFrom;
    qint64 length = std::clamp(m_to - m_from, std::min(minimumSpan, full), full);
    // Keep the middle where it was when the span had to grow.
    qint64 from = m_from - (length - (m_to - m_from)) / 2;
    from = std::clamp(from, m_fullFrom, m_fullTo - length);
    m_from = from;
    m_to = from + length;
}

} // namespace LogSage
