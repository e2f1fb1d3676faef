#pragma once

#include <QFuture>
#include <QHash>
#include <QList>

namespace LogSage {

class Catalog;
class LogDocument;
class MessageStats;

/// The causes the lines of each recognized message type point to, by message type id: indices into
/// the entry's causes (LineExplanation::matchedCause of each line, -1 for a line whose values match
/// no cause), ascending, each once. Types whose entry lists no causes are left out. Parses only the
/// record lines of types with causes, and one line per type whose causes have no conditions.
QHash<quint16, QList<int>> matchedCauses(const LogDocument &document, const Catalog &catalog, const MessageStats &stats);

/// matchedCauses() on a worker of the global thread pool, for a big log: cancel with
/// QFuture::cancel() (it stops within a few thousand lines; no result then). The document and the
/// catalog must outlive the work: cancel and wait before destroying either.
QFuture<QHash<quint16, QList<int>>> startMatchedCauses(const LogDocument &document, const Catalog &catalog,
                                                       const MessageStats &stats);

} // namespace LogSage
