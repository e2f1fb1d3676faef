#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace LogSage {

struct VrpTimestamp;

/// Places year-less timestamps (`Dec 31 23:59:59`) in years so that, per host, time never goes
/// backwards across New Year: a month that falls back by more than six months (Dec -> Jan)
/// starts the next year. Feed every stamp in file order, then ask for the times.
class TunnelYearPlacer
{
public:
    /// Records one absolute timestamp printed by `host`; returns its index for wallMsecs().
    qsizetype add(const QString &host, const VrpTimestamp &time);

    /// Resolves the years so that each host's last year-less stamp falls in `lastYear`.
    void place(int lastYear);

    /// The wall-clock msecs of stamp `index` (valid after place()); stamps that printed a year
    /// keep it.
    qint64 wallMsecs(qsizetype index) const { return m_resolved.at(size_t(index)); }

private:
    struct Stamp {
        int host;
        int rollovers;   // New Years crossed by this host before this stamp
        int month;
        bool hasYear;
        qint64 wallMsecs; // as parsed (year 1970 when none was printed)
    };
    struct HostState {
        int lastMonth = 0;
        int rollovers = 0;
    };

    std::vector<Stamp> m_stamps;
    std::vector<qint64> m_resolved;
    QHash<QString, int> m_hostIds;
    std::vector<HostState> m_hosts;
};

} // namespace LogSage
