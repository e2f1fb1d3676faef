#pragma once

#include <QString>
#include <QtGlobal>

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

} // namespace LogSage
