#pragma once

#include <QStringList>
#include <QTextStream>

namespace LogSage {
class Catalog;
}

namespace LogSage::Cli {

/// `logsage analyze --tunnels FILE... [--format text|json]`: the IPSec tunnel timeline of the
/// files together: per tunnel (device, policy, seq, peer) flaps, downtime, availability, last
/// state and reasons, the reasons overall, and (JSON) up/down intervals and bucketed counts.
/// Needs a QCoreApplication. Returns 0 when done, 1 when a file could not be read (a sentence
/// naming it goes to `err`), 2 when no file was given. Tunnel messages are recognized with `catalog`.
/// The span printed ("from", "to") is the devices' log span, not only their tunnel events'.
/// JSON per tunnel: "downtimeSeconds" is proven downtime (after a teardown); "failingSeconds" is
/// time failing to come up before it was ever seen up (not proven down: the log starts there);
/// "availabilityPercent" is proven up / (proven up + proven down), 0 for a tunnel never up, null
/// when nothing is known.
int runTunnelsAnalysis(const QStringList &files, const Catalog &catalog, bool json, QTextStream &out, QTextStream &err);

} // namespace LogSage::Cli
