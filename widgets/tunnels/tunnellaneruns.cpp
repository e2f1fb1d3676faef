#include "tunnellaneruns.h"

#include <algorithm>
#include <cmath>

namespace LogSage {

namespace {

bool isOutage(TunnelLaneRuns::State state)
{
    return state == TunnelLaneRuns::State::Down || state == TunnelLaneRuns::State::Failing;
}

// Whether outage `index` has another outage closer than `crowdedGap` before or after it.
// Periods alternate up and down, so the neighbouring outages are a step or two away.
bool isCrowded(const QList<TunnelInterval> &intervals, qsizetype index, qint64 crowdedGap)
{
    const TunnelInterval &outage = intervals.at(index);
    for (qsizetype i = index - 1; i >= 0 && i >= index - 3; --i) {
        if (outage.fromMsecs - intervals.at(i).toMsecs >= crowdedGap)
            break;
        if (isOutage(TunnelLaneRuns::stateOf(intervals.at(i))))
            return true;
    }
    for (qsizetype i = index + 1; i < intervals.size() && i <= index + 3; ++i) {
        if (intervals.at(i).fromMsecs - outage.toMsecs >= crowdedGap)
            break;
        if (isOutage(TunnelLaneRuns::stateOf(intervals.at(i))))
            return true;
    }
    return false;
}

// The drawn extent of a period: isolated outages widened to the minimum width, kept inside the lane.
std::pair<qint64, qint64> drawnExtent(const QList<TunnelInterval> &intervals, qsizetype index, qint64 laneTo,
                                      qint64 minimumOutage, qint64 crowdedGap)
{
    const TunnelInterval &interval = intervals.at(index);
    qint64 from = interval.fromMsecs;
    qint64 to = interval.toMsecs;
    if (isOutage(TunnelLaneRuns::stateOf(interval)) && to - from < minimumOutage
        && !isCrowded(intervals, index, crowdedGap)) {
        to = from + minimumOutage;
        if (to > laneTo) {
            // At the end of the lane it grows to the left, so it still shows.
            to = std::max(laneTo, interval.toMsecs);
            from = std::min(from, to - minimumOutage);
        }
    }
    return {from, to};
}

qint64 minimumOutageMsecs(double msecsPerPixel)
{
    return msecsPerPixel > 0 ? qint64(std::ceil(msecsPerPixel * TunnelLaneRuns::minimumOutagePixels)) : 0;
}

qint64 crowdedGapMsecs(double msecsPerPixel)
{
    return msecsPerPixel > 0 ? qint64(std::ceil(msecsPerPixel * TunnelLaneRuns::crowdedGapPixels)) : 0;
}

// The first interval that ends at or after `msecs` (intervals are in time order, without overlap).
qsizetype firstEndingFrom(const QList<TunnelInterval> &intervals, qint64 msecs)
{
    const auto it = std::lower_bound(intervals.cbegin(), intervals.cend(), msecs,
                                     [](const TunnelInterval &interval, qint64 t) { return interval.toMsecs < t; });
    return it - intervals.cbegin();
}

} // namespace

TunnelLaneRuns::State TunnelLaneRuns::stateOf(const TunnelInterval &interval)
{
    switch (interval.state) {
    case TunnelInterval::State::Up:
        return State::Up;
    case TunnelInterval::State::Down:
        return State::Down;
    case TunnelInterval::State::Failing:
        break;
    }
    return State::Failing;
}

QList<TunnelLaneRuns::Block> TunnelLaneRuns::blocks(const TunnelSummary &tunnel, qint64 laneFrom, qint64 laneTo,
                                                    qint64 shownFrom, qint64 shownTo, double msecsPerPixel)
{
    const qint64 pixel = msecsPerPixel > 0 ? qint64(std::ceil(msecsPerPixel)) : 0;
    const qint64 minimumOutage = minimumOutageMsecs(msecsPerPixel);
    const qint64 crowdedGap = crowdedGapMsecs(msecsPerPixel);
    // A pixel beyond each side, and the widening of outages that begin before the range.
    const qint64 from = shownFrom - pixel - minimumOutage;
    const qint64 to = shownTo + pixel;
    QList<Block> byState[5];
    const auto add = [&](State state, qint64 blockFrom, qint64 blockTo) {
        blockFrom = std::max(blockFrom, from);
        blockTo = std::min(blockTo, to);
        if (blockTo <= blockFrom)
            return;
        QList<Block> &blocks = byState[int(state)];
        // Closer than a pixel to the previous block of the state: one block (overlaps too).
        if (!blocks.isEmpty() && blockFrom - blocks.constLast().toMsecs <= pixel) {
            blocks.last().toMsecs = std::max(blocks.constLast().toMsecs, blockTo);
            return;
        }
        blocks.append(Block{state, blockFrom, blockTo});
    };

    const QList<TunnelInterval> &intervals = tunnel.intervals;
    // No event tells the state before the first period nor after the last one.
    if (intervals.isEmpty()) {
        add(State::Unknown, laneFrom, laneTo);
    } else {
        add(State::Unknown, laneFrom, intervals.constFirst().fromMsecs);
        add(State::Unknown, intervals.constLast().toMsecs, laneTo);
    }
    // Crowded outages: down time per pixel column, columns counted from the one that holds `from`
    // (pixel columns start at shownFrom); a few more than the plot is wide.
    const auto columnOf = [&](qint64 msecs) {
        const qint64 offset = msecs - shownFrom;
        return offset >= 0 ? offset / pixel : -((-offset + pixel - 1) / pixel);
    };
    const qint64 firstColumn = pixel > 0 ? columnOf(from) : 0;
    QList<qint64> downPerColumn;
    const auto addDown = [&](qint64 downFrom, qint64 downTo) {
        downFrom = std::max(downFrom, from);
        downTo = std::min(downTo, to);
        if (downTo <= downFrom)
            return;
        const qint64 lastColumn = columnOf(downTo - 1);
        if (downPerColumn.size() <= lastColumn - firstColumn)
            downPerColumn.resize(lastColumn - firstColumn + 1, 0);
        for (qint64 column = columnOf(downFrom); downFrom < downTo; ++column) {
            const qint64 end = std::min(shownFrom + (column + 1) * pixel, downTo);
            downPerColumn[column - firstColumn] += end - downFrom;
            downFrom = end;
        }
    };
    for (qsizetype i = firstEndingFrom(intervals, from); i < intervals.size(); ++i) {
        const TunnelInterval &interval = intervals.at(i);
        if (interval.fromMsecs > to)
            break;
        if (pixel > 0 && isOutage(stateOf(interval)) && isCrowded(intervals, i, crowdedGap)) {
            addDown(interval.fromMsecs, interval.toMsecs);
            continue;
        }
        const auto [blockFrom, blockTo] = drawnExtent(intervals, i, laneTo, minimumOutage, crowdedGap);
        add(stateOf(interval), blockFrom, blockTo);
    }
    // Neighbouring columns of about the same share make one block.
    QList<Block> &flapping = byState[int(State::Flapping)];
    for (qsizetype index = 0; index < downPerColumn.size(); ++index) {
        if (downPerColumn.at(index) <= 0)
            continue;
        const qint64 columnFrom = shownFrom + (firstColumn + index) * pixel;
        const float share = std::clamp(float(double(downPerColumn.at(index)) / double(pixel)), 0.0f, 1.0f);
        const float level = std::ceil(share * 8) / 8; // eighths: a shade a few pixels wide, not one per column
        if (!flapping.isEmpty() && flapping.constLast().toMsecs == columnFrom && flapping.constLast().downShare == level)
            flapping.last().toMsecs = columnFrom + pixel;
        else
            flapping.append(Block{State::Flapping, columnFrom, columnFrom + pixel, level});
    }
    QList<Block> all;
    all.reserve(byState[0].size() + byState[1].size() + byState[2].size() + byState[3].size() + byState[4].size());
    for (const QList<Block> &blocks : byState)
        all.append(blocks);
    return all;
}

qsizetype TunnelLaneRuns::intervalAt(const TunnelSummary &tunnel, qint64 at, qint64 laneTo, double msecsPerPixel)
{
    const QList<TunnelInterval> &intervals = tunnel.intervals;
    const qint64 minimumOutage = minimumOutageMsecs(msecsPerPixel);
    const qint64 crowdedGap = crowdedGapMsecs(msecsPerPixel);
    qsizetype holding = -1;
    // Outages drawn over `at` begin at most minimumOutage before it (or end the lane); the
    // latest such one is drawn on top.
    qsizetype outage = -1;
    for (qsizetype i = firstEndingFrom(intervals, at - minimumOutage); i < intervals.size(); ++i) {
        const TunnelInterval &interval = intervals.at(i);
        const auto [from, to] = drawnExtent(intervals, i, laneTo, minimumOutage, crowdedGap);
        if (from > at && interval.fromMsecs > at)
            break;
        if (interval.fromMsecs <= at && at <= interval.toMsecs && holding < 0)
            holding = i;
        if (isOutage(stateOf(interval)) && from <= at && at <= to)
            outage = i;
    }
    return outage >= 0 ? outage : holding;
}

} // namespace LogSage
