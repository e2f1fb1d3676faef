#include "rowsearch.h"

#include "encodingdetector.h"
#include "lineindex.h"
#include "linesource.h"
#include "logdocument.h"

#include <QStringDecoder>

#include <atomic>
#include <optional>

namespace LogSage {

namespace {
// Rows tried on the GUI thread before a worker takes over: well under the 50 ms the UI may block.
constexpr quint64 ImmediateRecordRows = 50000;
constexpr quint64 ImmediateTextRows = 5000;
constexpr quint64 WorkerStepRows = 4096;
constexpr int FirstProgressMsecs = 200;
constexpr int ProgressMsecs = 100;
}

/// One search: what it reads (an index snapshot, so the document may go meanwhile) and how far it
/// has got. Used by the GUI thread, then by the worker alone, until the worker reports back.
struct RowSearch::Job {
    IndexSnapshot snapshot;
    std::unique_ptr<CompiledFilter> text; // null: records only
    LogDocument::Encoding encoding = LogDocument::Encoding::Utf8;
    QStringDecoder decoder;
    std::function<bool(const LineRecord &)> record;
    LineSource::RowToLine rowToLine;
    bool forward = true;
    quint64 next = 0;  // forward: the next row to try; backward: one past it
    quint64 limit = 0; // forward: the row count; backward: 0
    quint64 total = 0;
    qsizetype block = 0; // where the last line was found: neighbours are usually in the same block
    std::atomic<bool> cancel{false};
    std::atomic<quint64> searched{0};

    bool atEnd() const { return forward ? next >= limit : next == 0; }

    /// Tries up to `rows` further rows; the first one that matches.
    std::optional<quint64> run(quint64 rows)
    {
        for (quint64 n = 0; n < rows && !atEnd(); ++n) {
            if (cancel.load(std::memory_order_relaxed)) // per row: an expression can be slow on long lines
                break;
            const quint64 row = forward ? next++ : --next;
            if (matches(row)) {
                searched.fetch_add(n + 1, std::memory_order_relaxed);
                return row;
            }
        }
        searched.fetch_add(rows, std::memory_order_relaxed);
        return std::nullopt;
    }

    bool locate(quint64 line, quint32 &pos)
    {
        const BlockList &blocks = snapshot.blocks;
        if (block < qsizetype(blocks.size())) {
            const LineBlock &b = *blocks[std::size_t(block)];
            if (line >= b.firstLine && line < b.firstLine + b.count) {
                pos = quint32(line - b.firstLine);
                return true;
            }
        }
        return snapshot.locate(line, block, pos);
    }

    bool matches(quint64 row)
    {
        quint32 pos = 0;
        if (!locate(rowToLine(row), pos))
            return false; // the row is gone (a new filter) or beyond the snapshot
        const LineBlock &b = *snapshot.blocks[std::size_t(block)];
        if (record && !record(b.records[pos]))
            return false;
        if (!text)
            return true;
        const quint64 start = b.lineStart(pos);
        const quint64 end = snapshot.lineEnd(block, pos);
        const char *data = snapshot.data;
        if (text->searchesBytes()) {
            if (!text->findBytes(data + start, data + end))
                return false;
            if (!CompiledFilter::bytesNeedConfirming(encoding))
                return true;
        }
        decoder.resetState();
        const QString line = decoder.decode(QByteArrayView(data + start, qsizetype(end - start)));
        return text->lineTextMatches(line);
    }
};

RowSearch::RowSearch(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // our own thread: indexing or filtering in the shared pool do not delay it
    m_ticker.setSingleShot(false);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        m_ticker.setInterval(ProgressMsecs);
        if (m_job && m_job->total > 0)
            Q_EMIT progress(int(std::min<quint64>(1000, m_job->searched.load(std::memory_order_relaxed) * 1000 / m_job->total)));
    });
}

RowSearch::~RowSearch()
{
    if (m_job)
        m_job->cancel.store(true);
    m_pool.waitForDone();
}

bool RowSearch::start(const LineSource &source, quint64 from, bool forward, const RowQuery &query)
{
    cancel();
    m_error.clear();
    const LogDocument *document = source.document();
    auto job = std::make_shared<Job>();
    job->forward = forward;
    job->limit = forward ? source.rowCount() : 0; // before the snapshot: every row's line is in it
    job->snapshot = document->snapshot();
    job->next = forward ? from + 1 : std::min(from, source.rowCount());
    job->total = forward ? (job->limit > job->next ? job->limit - job->next : 0) : job->next;
    job->record = query.record;
    job->rowToLine = source.rowToLine();
    if (query.text.hasTextCriterion()) {
        job->text = std::make_unique<CompiledFilter>(query.text, *document);
        if (!job->text->isValid()) {
            m_error = job->text->errorString();
            return false;
        }
        job->encoding = document->encoding();
        job->decoder = EncodingDetector::decoder(job->encoding);
    }

    const quint64 immediate = m_immediateRows != quint64(-1) ? m_immediateRows
                              : job->text                   ? ImmediateTextRows
                                                            : ImmediateRecordRows;
    if (const std::optional<quint64> row = job->run(immediate)) {
        Q_EMIT finished(Outcome::Found, *row);
        return true;
    }
    if (job->atEnd()) {
        Q_EMIT finished(Outcome::NotFound, 0);
        return true;
    }
    m_job = job;
    m_ticker.start(FirstProgressMsecs);
    m_pool.start([this, job] {
        std::optional<quint64> row;
        while (!row && !job->atEnd() && !job->cancel.load(std::memory_order_relaxed))
            row = job->run(WorkerStepRows);
        if (job->cancel.load())
            return;
        // Queued: delivered on the GUI thread, and dropped if this object is gone by then.
        QMetaObject::invokeMethod(this, [this, job, row] { onWorkerDone(job, row.has_value(), row.value_or(0)); },
                                  Qt::QueuedConnection);
    });
    return true;
}

void RowSearch::cancel()
{
    if (!m_job)
        return;
    m_job->cancel.store(true);
    m_pool.waitForDone();
    finish(Outcome::Stopped, 0);
}

void RowSearch::onWorkerDone(const std::shared_ptr<Job> &job, bool found, quint64 row)
{
    if (job != m_job)
        return; // a search stopped or replaced meanwhile
    finish(found ? Outcome::Found : Outcome::NotFound, row);
}

void RowSearch::finish(Outcome outcome, quint64 row)
{
    m_job.reset();
    m_ticker.stop();
    Q_EMIT finished(outcome, row);
}

} // namespace LogSage
