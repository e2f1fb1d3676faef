#include "matchedcauses.h"

#include "catalog.h"
#include "lineexplanation.h"
#include "logdocument.h"
#include "messagestats.h"
#include "vrpline.h"

#include <algorithm>

namespace LogSage {

namespace {

/// What is still to be learned about one message type.
struct Pending {
    const CatalogEntry *entry = nullptr;
    bool oneLineTells = false; ///< no cause has a condition: every line points to the same cause
    bool done = false;
};

} // namespace

QHash<quint16, QList<int>> matchedCauses(const LogDocument &document, const Catalog &catalog, const MessageStats &stats)
{
    QHash<quint16, Pending> pending;
    quint64 from = document.lineCount().value;
    for (const MessageTypeStats &s : stats.types()) {
        if (!s.entry || s.entry->causes.isEmpty() || s.count == 0)
            continue;
        const bool conditional = std::any_of(s.entry->causes.cbegin(), s.entry->causes.cend(),
                                             [](const CatalogCause &cause) { return cause.condition.has_value(); });
        pending.insert(s.messageType, {s.entry, !conditional, false});
        from = std::min(from, s.firstLine);
    }
    QHash<quint16, QList<int>> result;
    qsizetype left = pending.size();
    const auto decode = [&document](QByteArrayView bytes) { return document.decode(bytes); };
    const quint64 end = document.lineCount().value;
    for (quint64 line = from; line < end && left > 0; ++line) {
        const LineRecord record = document.record(LineNumber(line));
        if (record.messageType == 0 || (record.flags & Continuation))
            continue;
        const auto it = pending.find(record.messageType);
        if (it == pending.end() || it->done)
            continue;
        const VrpLine parsed = VrpLineParser::parse(document.lineBytes(LineNumber(line)));
        const int cause = explainLine(parsed, catalog, decode).matchedCause;
        QList<int> &causes = result[record.messageType];
        if (!causes.contains(cause)) {
            causes.insert(std::lower_bound(causes.begin(), causes.end(), cause), cause);
        }
        // Every cause and "none" seen: later lines cannot add to the list.
        if (it->oneLineTells || causes.size() == it->entry->causes.size() + 1) {
            it->done = true;
            --left;
        }
    }
    return result;
}

} // namespace LogSage
