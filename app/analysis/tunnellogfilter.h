#pragma once

#include "filterspec.h"

#include <QString>

namespace LogSage {

struct TunnelSummary;

/// Turns a click on a tunnel (or on all tunnels) into the log filter that shows its lines,
/// keeping the user's own text and host filters: it remembers what it set last, so a second
/// click replaces its own part rather than stacking on it.
class TunnelLogFilter
{
public:
    /// A regular expression matching `peer` as a whole address: 10.0.0.1 but not 10.0.0.10
    /// or 110.0.0.1.
    static QString peerPattern(const QString &peer);

    /// `current` limited to [fromMsecs, toMsecs) and, for a tunnel, to its host's lines that
    /// name its peer (as a regular expression, combined with the user's text when there is
    /// one); for null, every tunnel: the user's own text and host again.
    FilterSpec apply(FilterSpec current, qint64 fromMsecs, qint64 toMsecs, const TunnelSummary *tunnel);

private:
    struct Part {
        QString text;
        bool regex = false;
        QString host;
    };
    Part m_user;    ///< the user's text and host before the first tunnel click
    Part m_applied; ///< what the last apply() set
    bool m_active = false;
};

} // namespace LogSage
