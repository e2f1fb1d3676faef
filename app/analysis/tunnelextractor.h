#pragma once

#include "tunnelevent.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace LogSage {

class Catalog;
class LogDocument;
struct VrpLine;

/// What extractTunnelEvents() found in one document.
struct TunnelExtraction {
    QList<TunnelEvent> events;   ///< in file order
    qint64 tunnelLines = 0;      ///< lines whose message type is a tunnel event
    qint64 linesWithoutTime = 0; ///< of those, lines skipped because they carry no date (boot time, none)
    int placedYear = 0;          ///< the year given to the last year-less line, 0 when all had a year
};

struct TunnelExtractionOptions {
    int source = 0;   ///< copied into TunnelEvent::source
    int lastYear = 0; ///< year of the last year-less line; 0 means the file's modification year
};

/// The tunnel event kind of a message, by module (case-insensitive) and brief: the three IPSec/IKE
/// messages the timeline knows, plus catalog entries tagged "tunnel" whose brief says
/// ESTABLISH / TEAR / DOWN / FAIL. nullopt for any other message.
std::optional<TunnelEvent::Kind> tunnelEventKind(QByteArrayView module, QByteArrayView brief,
                                                 const Catalog *catalog = nullptr);

/// Reads host and parameters (PolicyName, SeqNum, DstIP/PeerAddress, OfflineReason/Reason, State)
/// from a parsed line into an event; the time is left for the caller to place.
TunnelEvent tunnelEventFromLine(const VrpLine &line, TunnelEvent::Kind kind,
                                const std::function<QString(QByteArrayView)> &decode);

/// Finds and parses the tunnel lines of an indexed (or partly indexed) document. Year-less
/// timestamps are placed per host without going backwards across New Year.
TunnelExtraction extractTunnelEvents(const LogDocument &document, const Catalog *catalog = nullptr,
                                     const TunnelExtractionOptions &options = {});

} // namespace LogSage
