#pragma once

#include "catalogentry.h"
#include "lineindex.h"
#include "logdocument.h"
#include "tunnelevent.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <stop_token>

namespace LogSage {

class Catalog;
struct VrpLine;

/// What extractTunnelEvents() found in one document.
struct TunnelExtraction {
    QList<TunnelEvent> events;   ///< in file order
    qint64 tunnelLines = 0;      ///< lines whose message type is a tunnel event
    qint64 linesWithoutTime = 0; ///< of those, lines skipped because they carry no date (boot time, none)
    int placedYear = 0;          ///< the year given to the last year-less line, 0 when all had a year
    TunnelHostSpans hostSpans;   ///< per host, its first and last timestamped line (any message)
};

struct TunnelExtractionOptions {
    int source = 0;   ///< copied into TunnelEvent::source
    int lastYear = 0; ///< year of the last year-less line; 0 means the file's modification year
};

/// How the timeline reads one message's lines: the event kind and the parameter names.
struct TunnelEventRule {
    TunnelEvent::Kind kind = TunnelEvent::Kind::Established;
    TunnelEventParameters parameters; ///< empty names: the built-in ones
};

/// The tunnel event rule of a message, by module (case-insensitive) and brief: the catalog entry's
/// "tunnelEvent" mark (and parameter names) when it has one, else the three IPSec/IKE messages the
/// timeline knows without a catalog (IPSEC_TUNNEL_ESTABLISHED, IPSEC_TUNNEL_TEARED_DOWN,
/// IKE_NEGO_FAIL) with the built-in names. nullopt for any other.
std::optional<TunnelEventRule> tunnelEventRule(QByteArrayView module, QByteArrayView brief,
                                               const Catalog *catalog = nullptr);
/// tunnelEventRule()'s kind alone.
std::optional<TunnelEvent::Kind> tunnelEventKind(QByteArrayView module, QByteArrayView brief,
                                                 const Catalog *catalog = nullptr);

/// Reads host and parameters from a parsed line into an event: those `names` gives, else the
/// built-in ones (PolicyName, SeqNum, DstIP/PeerAddress/RemoteAddress, OfflineReason/Reason), and
/// State; the time is left for the caller to place.
TunnelEvent tunnelEventFromLine(const VrpLine &line, TunnelEvent::Kind kind,
                                const std::function<QString(QByteArrayView)> &decode,
                                const TunnelEventParameters &names = {});

/// Everything extractTunnelEvents() reads, taken from a document on its own thread: a snapshot
/// of the index (which keeps the bytes alive), the tunnel kind of each message type, and how
/// to decode and date lines. The scan then needs neither the document nor the catalog, so it
/// may run on a worker while the document is closed or reopened.
struct TunnelExtractionJob {
    IndexSnapshot index;
    QList<qint8> kindOfType;   ///< per message-type id: a TunnelEvent::Kind, or -1
    QHash<int, TunnelEventParameters> namesOfType; ///< message-type ids whose mark names its parameters
    bool anyTunnelType = false;
    LogDocument::Encoding encoding = LogDocument::Encoding::Utf8;
    qint64 timeBase = 0;
    int lastYear = 0;          ///< resolved: never 0
    int source = 0;
    QList<QByteArray> hostNames; ///< per host id (0: none), as printed
};

/// Takes what the scan needs from a document (call on the thread that owns the document).
TunnelExtractionJob prepareTunnelExtraction(const LogDocument &document, const Catalog *catalog = nullptr,
                                            const TunnelExtractionOptions &options = {});

/// Finds and parses the tunnel lines of a prepared job; safe on any thread. Year-less
/// timestamps are placed per host without going backwards across New Year. Returns early,
/// with the events found so far, when `stop` is requested.
TunnelExtraction extractTunnelEvents(const TunnelExtractionJob &job, std::stop_token stop = {});

/// prepareTunnelExtraction() and extractTunnelEvents() in one go, on the calling thread.
TunnelExtraction extractTunnelEvents(const LogDocument &document, const Catalog *catalog = nullptr,
                                     const TunnelExtractionOptions &options = {});

} // namespace LogSage
