#pragma once

#include <tunneltimeline.h>

#include <QList>

namespace LogSage {

/// What one tunnel lane draws for the time range shown at a given scale: its periods as
/// blocks, an isolated down or failing period at least minimumOutagePixels wide (a 3 s outage
/// in a day stays visible), and neighbouring blocks of one state less than a pixel apart merged
/// (a tunnel that flapped thousands of times draws at most a few blocks per pixel column).
/// Outages closer to each other than crowdedGapPixels are not widened (that would paint a
/// tunnel down 1 s every 5 minutes two thirds red): their pixel columns are Flapping blocks,
/// shaded by the share of the column's time that was down.
class TunnelLaneRuns
{
public:
    enum class State : quint8 { Unknown, Up, Down, Failing, Flapping };
    struct Block {
        State state = State::Unknown;
        qint64 fromMsecs = 0;
        qint64 toMsecs = 0;    ///< exclusive
        float downShare = 0;   ///< Flapping: the share of the block's time down or failing (0..1]
        friend bool operator==(const Block &, const Block &) = default;
    };

    static constexpr qreal minimumOutagePixels = 3;
    /// Outages closer than this to another are crowded: shaded, not widened (widened, outages
    /// 12 pixels apart would already paint a quarter of the lane red).
    static constexpr qreal crowdedGapPixels = 12;

    /// The blocks of `tunnel` in a lane spanning [laneFrom, laneTo) (time outside its intervals
    /// is unknown), for the part [shownFrom, shownTo) shown at `msecsPerPixel` (0: no
    /// widening nor merging). Unknown blocks first, then up, down, failing and flapping, in time
    /// order within each state: later states are drawn over earlier ones.
    static QList<Block> blocks(const TunnelSummary &tunnel, qint64 laneFrom, qint64 laneTo, qint64 shownFrom,
                               qint64 shownTo, double msecsPerPixel);

    /// The index in tunnel.intervals of the period drawn at `atMsecs`: an isolated down or
    /// failing period whose widened block covers it first, else the period that holds it; -1
    /// over none.
    static qsizetype intervalAt(const TunnelSummary &tunnel, qint64 atMsecs, qint64 laneTo, double msecsPerPixel);

    static State stateOf(const TunnelInterval &interval);
};

} // namespace LogSage
