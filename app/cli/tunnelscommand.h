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
int runTunnelsAnalysis(const QStringList &files, const Catalog &catalog, bool json, QTextStream &out, QTextStream &err);

} // namespace LogSage::Cli
