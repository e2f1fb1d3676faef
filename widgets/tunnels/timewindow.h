#pragma once

#include <QtGlobal>

namespace LogSage {

/// The part of a time range that a chart shows: zoomed around a point, panned, or reset to the
/// whole range. Keeps the shown part inside the whole range and no shorter than minimumSpan.
/// Times are wall-clock msecs, `to` exclusive.
class TimeWindow
{
public:
    static constexpr qint64 minimumSpan = 5000; ///< five one-second buckets

    /// Sets the whole range and shows all of it.
    void setFullRange(qint64 fromMsecs, qint64 toMsecs);
    qint64 fullFrom() const { return m_fullFrom; }
    qint64 fullTo() const { return m_fullTo; }
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    qint64 span() const { return m_to - m_from; }
    bool isZoomed() const { return m_from != m_fullFrom || m_to != m_fullTo; }

    /// Shows `factor` times less time (above 1 zooms in), keeping `anchorMsecs` where it is.
    void zoom(qint64 anchorMsecs, double factor);
    /// Moves the shown part later (positive) or earlier, stopping at the ends.
    void pan(qint64 deltaMsecs);
    /// Shows [fromMsecs, toMsecs), clamped.
    void show(qint64 fromMsecs, qint64 toMsecs);
    void reset();

private:
    void clamp();

    qint64 m_fullFrom = 0;
    qint64 m_fullTo = 1;
    qint64 m_from = 0;
    qint64 m_to = 1;
};

} // namespace LogSage
