#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <algorithm>

namespace LogSage {

/// One IPSec tunnel event read from a log line: what happened, when, and to which tunnel.
/// Built by extractTunnelEvents() from a LogDocument, or directly in tests.
struct TunnelEvent {
    enum class Kind : quint8 {
        Established,       ///< IPSEC_TUNNEL_ESTABLISHED
        TornDown,          ///< IPSEC_TUNNEL_TEARED_DOWN
        NegotiationFailed, ///< IKE_NEGO_FAIL
    };

    qint64 lineNumber = -1; ///< 0-based line in its file, -1 when unknown
    qint64 wallMsecs = 0;   ///< printed wall-clock time (year already placed)
    QString host;
    Kind kind = Kind::Established;
    QString policy;         ///< PolicyName; empty for IKE_NEGO_FAIL
    QString seq;            ///< SeqNum
    QString peer;           ///< DstIP, or PeerAddress for IKE_NEGO_FAIL
    QString reason;         ///< OfflineReason (teardown) or Reason (negotiation failure)
    QString state;          ///< State: "Normal" or "Backup", empty when not printed
    int source = 0;         ///< index of the file the line came from, when several are analysed
};

/// When one host's timestamped lines begin and end in the log: a tunnel's state before its first
/// event and after its last one is known only within this span.
struct TunnelHostSpan {
    qint64 firstMsecs = 0;
    qint64 lastMsecs = 0;

    /// Widens this span to cover `other` (the same host in another file, or its events).
    void include(const TunnelHostSpan &other)
    {
        firstMsecs = std::min(firstMsecs, other.firstMsecs);
        lastMsecs = std::max(lastMsecs, other.lastMsecs);
    }
};

/// Host name -> the span of its lines.
using TunnelHostSpans = QHash<QString, TunnelHostSpan>;

/// Adds `spans` to `into`, widening the hosts both know.
inline void mergeTunnelHostSpans(TunnelHostSpans &into, const TunnelHostSpans &spans)
{
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        auto found = into.find(it.key());
        if (found == into.end())
            into.insert(it.key(), it.value());
        else
            found->include(it.value());
    }
}

} // namespace LogSage
