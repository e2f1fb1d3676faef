#pragma once

#include <tunneltimeline.h>

#include <QList>

namespace LogSage {

/// What one tunnel lane draws for the time range shown at a given scale: its periods as
/// blocks, every down or failing period at least minimumOutagePixels wide (a 3 s outage in a
/// day stays visible), and neighbouring blocks of one state less than a pixel apart merged
/// (a tunnel that flapped thousands of times draws at most a few blocks per pixel column).
class TunnelLaneRuns
{
public:
    enum class State : quint8 { Unknown, Up, Down, Failing };
    struct Block {
        State state = State::Unknown;
        qint64 fromMsecs = 0;
        qint64 toMsecs = 0; ///< exclusive
        friend bool operator==(const Block &, const Block &) = default;
    };

    static constexpr qreal minimumOutagePixels = 3;

    /// The blocks of `tunnel` in a lane spanning [laneFrom, laneTo) (time outside its intervals
    /// is unknown), for the part [shownFrom, shownTo) shown at `msecsPerPixel` (0: no
    /// widening nor merging). Unknown blocks first, then up, down and failing, in time order
    /// within each state: later states are drawn over earlier ones.
    static QList<Block> blocks(const TunnelSummary &tunnel, qint64 laneFrom, qint64 laneTo, qint64 shownFrom,
                               qint64 shownTo, double msecsPerPixel);

    /// The index in tunnel.intervals of the period drawn at `atMsecs`: a down or failing period
    /// whose widened block covers it first, else the period that holds it; -1 over none.
    static qsizetype intervalAt(const TunnelSummary &tunnel, qint64 atMsecs, qint64 laneTo, double msecsPerPixel);

    static State stateOf(const TunnelInterval &interval);
};

} // namespace LogSage
