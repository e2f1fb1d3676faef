#include "matchedcauses.h"

#include "catalog.h"
#include "lineindex.h"
#include "lineexplanation.h"
#include "logdocument.h"
#include "messagestats.h"
#include "vrpline.h"

#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <functional>
#include <memory>

namespace LogSage {

namespace {

/// What is still to be learned about one message type.
struct Pending {
    const CatalogEntry *entry = nullptr;
    bool oneLineTells = false; ///< no cause has a condition: every line points to the same cause
    bool done = false;
};

constexpr quint64 CancelCheckLines = 4096;
constexpr qsizetype MaxExplained = 65536; // descriptions remembered; a few MB at most

/// matchedCauses(), asking `cancelled` every few thousand lines; an empty result when it says yes.
/// `snapshot`: the document's lines, taken by the caller when the work is asked for. It keeps the
/// bytes mapped when a followed file is truncated or rotated and the document reloads meanwhile
/// (the document's own lineBytes() would then point nowhere, or at the new file's lines).
QHash<quint16, QList<int>> computeMatchedCauses(const LogDocument &document, const IndexSnapshot &snapshot, const Catalog &catalog,
                                                const MessageStats &stats, const std::function<bool()> &cancelled)
{
    QHash<quint16, Pending> pending;
    quint64 from = snapshot.lineCount;
    for (const MessageTypeStats &s : stats.types()) {
        if (!s.entry || s.entry->causes.isEmpty() || s.count == 0)
            continue;
        const bool conditional = std::any_of(s.entry->causes.cbegin(), s.entry->causes.cend(),
                                             [](const CatalogCause &cause) { return cause.condition.has_value(); });
        pending.insert(s.messageType, {s.entry, !conditional, false});
        from = std::min(from, s.firstLine);
    }
    QHash<quint16, QList<int>> result;
    QHash<QByteArray, int> explained; // message type + description -> cause
    qsizetype left = pending.size();
    const auto decode = [&document](QByteArrayView bytes) { return document.decode(bytes); };
    const quint64 end = snapshot.lineCount;
    qsizetype block = 0;
    quint32 pos = 0;
    for (quint64 line = from; line < end && left > 0; ++line) {
        if (cancelled && (line - from) % CancelCheckLines == 0 && cancelled())
            return {};
        if (!snapshot.locate(line, block, pos))
            break;
        const LineRecord record = snapshot.blocks[std::size_t(block)]->records[pos];
        if (record.messageType == 0 || (record.flags & Continuation))
            continue;
        const auto it = pending.find(record.messageType);
        if (it == pending.end() || it->done)
            continue;
        const quint64 start = snapshot.lineStart(block, pos);
        const VrpLine parsed = VrpLineParser::parse(
            QByteArrayView(snapshot.data + start, qsizetype(snapshot.lineEnd(block, pos) - start)));
        // A line's cause follows from its message type and description alone, and devices repeat
        // the same description (the same peer failing every minute): explain each one once.
        QByteArray key(reinterpret_cast<const char *>(&record.messageType), sizeof record.messageType);
        key += parsed.description;
        int cause = 0;
        if (const auto known = explained.constFind(key); known != explained.cend()) {
            cause = *known;
        } else {
            cause = explainLine(parsed, catalog, decode).matchedCause;
            if (explained.size() >= MaxExplained)
                explained.clear();
            explained.insert(key, cause);
        }
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

} // namespace

QHash<quint16, QList<int>> matchedCauses(const LogDocument &document, const Catalog &catalog, const MessageStats &stats)
{
    return computeMatchedCauses(document, document.snapshot(), catalog, stats, {});
}

QFuture<QHash<quint16, QList<int>>> startMatchedCauses(const LogDocument &document, const Catalog &catalog,
                                                       const MessageStats &stats)
{
    using Result = QHash<quint16, QList<int>>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, &document, snapshot = document.snapshot(), &catalog, stats] {
        Result result = computeMatchedCauses(document, snapshot, catalog, stats, [&promise] { return promise->isCanceled(); });
        if (!promise->isCanceled())
            promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

} // namespace LogSage
