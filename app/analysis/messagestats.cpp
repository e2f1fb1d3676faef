#include "messagestats.h"

#include "catalog.h"
#include "messagestatssource.h"

#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace LogSage {

namespace {

struct Tally {
    quint64 count = 0;
    quint64 firstLine = 0;
    quint32 firstTime = std::numeric_limits<quint32>::max();
    quint32 lastTime = 0;
    bool hasTime = false;
    quint16 lastHost = 0;
    int hostCount = 0;
};

constexpr std::size_t readSize = 4096; // records per read: 48 KiB on the stack
constexpr quint64 pollEveryRuns = 16;  // cancel and progress about every 64 Ki lines

} // namespace

MessageStats MessageStats::compute(const MessageRecordSource &source, const Catalog *catalog,
                                   const std::function<bool()> &cancelled,
                                   const std::function<void(int)> &progress)
{
    MessageStats result;
    const quint64 lines = source.lineCount();
    std::vector<Tally> tallies(std::size_t(source.messageTypeCount()) + 1);
    QSet<quint32> typeHosts; // (type << 16 | host): grows per distinct pair, not per line

    std::array<LineRecord, readSize> buffer;
    quint64 line = 0;
    for (quint64 run = 0; line < lines; ++run) {
        if (run % pollEveryRuns == 0) {
            if (cancelled && cancelled()) {
                result.m_cancelled = true;
                return result;
            }
            if (progress && line > 0)
                progress(int(line * 1000 / lines));
        }
        const qsizetype n = source.readRecords(line, buffer.data(), qsizetype(std::min<quint64>(readSize, lines - line)));
        if (n <= 0)
            break; // the source ended early: count what was read
        for (qsizetype i = 0; i < n; ++i, ++line) {
            const LineRecord &record = buffer[std::size_t(i)];
            if (record.messageType == 0 || (record.flags & Continuation))
                continue;
            if (record.messageType >= tallies.size()) // the document grew while we counted
                tallies.resize(std::size_t(record.messageType) + 1);
            Tally &tally = tallies[record.messageType];
            if (tally.count++ == 0)
                tally.firstLine = line;
            ++result.m_recordCount;
            if (record.flags & HasTime) {
                tally.hasTime = true;
                tally.firstTime = std::min(tally.firstTime, record.time);
                tally.lastTime = std::max(tally.lastTime, record.time);
            }
            if (record.host != 0 && record.host != tally.lastHost) {
                tally.lastHost = record.host;
                const auto before = typeHosts.size();
                typeHosts.insert(quint32(record.messageType) << 16 | record.host);
                if (typeHosts.size() != before)
                    ++tally.hostCount;
            }
        }
    }
    result.m_lineCount = line;

    const qint64 base = source.timeBase();
    for (std::size_t type = 1; type < tallies.size(); ++type) {
        const Tally &tally = tallies[type];
        if (tally.count == 0)
            continue;
        MessageTypeStats stats;
        stats.messageType = quint16(type);
        const QByteArray name = source.messageTypeName(quint16(type));
        stats.id = QString::fromUtf8(name);
        // MODULE/SEVERITY/BRIEF: the brief is everything after the second slash.
        const qsizetype firstSlash = name.indexOf('/');
        const qsizetype secondSlash = firstSlash < 0 ? -1 : name.indexOf('/', firstSlash + 1);
        if (secondSlash > 0) {
            const QByteArrayView module = QByteArrayView(name).first(firstSlash);
            const QByteArrayView brief = QByteArrayView(name).sliced(secondSlash + 1);
            stats.module = QString::fromUtf8(module);
            stats.brief = QString::fromUtf8(brief);
            bool ok = false;
            const int severity = QByteArrayView(name).sliced(firstSlash + 1, secondSlash - firstSlash - 1).toInt(&ok);
            stats.severity = ok ? severity : -1;
            stats.entry = catalog ? catalog->find(module, brief) : nullptr;
        }
        stats.count = tally.count;
        stats.firstLine = tally.firstLine;
        if (tally.hasTime) {
            stats.firstMsecs = base + qint64(tally.firstTime) * 1000;
            stats.lastMsecs = base + qint64(tally.lastTime) * 1000;
        }
        stats.hostCount = tally.hostCount;
        result.m_types.append(stats);
    }
    if (progress)
        progress(1000);
    return result;
}

QFuture<MessageStats> MessageStats::start(std::shared_ptr<const MessageRecordSource> source, const Catalog *catalog)
{
    // QPromise on the global pool: the QtConcurrent::run pattern with QtCore alone.
    auto promise = std::make_shared<QPromise<MessageStats>>();
    QFuture<MessageStats> future = promise->future();
    promise->start();
    promise->setProgressRange(0, 1000);
    QThreadPool::globalInstance()->start([promise, source = std::move(source), catalog] {
        MessageStats stats = compute(
            *source, catalog, [&promise] { return promise->isCanceled(); },
            [&promise](int permille) { promise->setProgressValue(permille); });
        if (!stats.wasCancelled())
            promise->addResult(std::move(stats));
        promise->finish();
    });
    return future;
}

const MessageTypeStats *MessageStats::find(quint16 messageType) const
{
    const auto it = std::lower_bound(m_types.cbegin(), m_types.cend(), messageType,
                                     [](const MessageTypeStats &s, quint16 type) { return s.messageType < type; });
    return it != m_types.cend() && it->messageType == messageType ? &*it : nullptr;
}

} // namespace LogSage
