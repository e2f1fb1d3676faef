#include "tunnelyearplacer.h"

#include "vrpline.h"

namespace LogSage {

qsizetype TunnelYearPlacer::add(const QString &host, const VrpTimestamp &time)
{
    auto it = m_hostIds.constFind(host);
    if (it == m_hostIds.cend()) {
        it = m_hostIds.insert(host, int(m_hosts.size()));
        m_hosts.emplace_back();
    }
    const int hostId = it.value();
    auto &state = m_hosts[size_t(hostId)];
    Stamp stamp{hostId, 0, time.month, time.hasYear, time.wallMsecs};
    if (!time.hasYear && time.month > 0) {
        // Half a year backwards is a New Year, not a device that logged out of order.
        if (state.lastMonth > 0 && state.lastMonth - time.month > 6)
            ++state.rollovers;
        state.lastMonth = time.month;
    }
    stamp.rollovers = state.rollovers;
    m_stamps.push_back(stamp);
    return qsizetype(m_stamps.size()) - 1;
}

void TunnelYearPlacer::place(int lastYear)
{
    m_resolved.resize(m_stamps.size());
    for (size_t i = 0; i < m_stamps.size(); ++i) {
        const Stamp &stamp = m_stamps[i];
        if (stamp.hasYear || stamp.month <= 0) {
            m_resolved[i] = stamp.wallMsecs;
            continue;
        }
        VrpTimestamp time;
        time.kind = VrpTimestamp::Kind::Absolute;
        time.month = stamp.month;
        time.wallMsecs = stamp.wallMsecs;
        const int year = lastYear - (m_hosts[size_t(stamp.host)].rollovers - stamp.rollovers);
        m_resolved[i] = VrpLineParser::withYear(time, year);
    }
}

} // namespace LogSage
