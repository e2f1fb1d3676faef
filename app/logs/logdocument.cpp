#include "logdocument.h"

#include "chunkindexer.h"
#include "encodingdetector.h"
#include "loginput.h"
#include "nametable.h"
#include "orderedwork.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileSystemWatcher>
#include <QFuture>
#include <QTimer>
#include <QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {
constexpr quint64 FirstChunk = 512 * 1024;       // small, so the first screen comes quickly
constexpr quint64 ChunkSize = 8 * 1024 * 1024;
constexpr int PollMsecs = 1000;                  // followed files are also polled: watchers miss events
}

/// Carried from one indexed chunk to the next (and across follow-mode appends).
struct MergeState {
    int mtimeYear = 1970;
    int mtimeMonth = 1;
    bool haveYear = false;
    int year = 0;
    int lastMonth = 0;
    bool haveRecord = false;
    LineRecord lastRecord;
    quint64 nextLine = 0;
};

class LogDocumentPrivate
{
public:
    explicit LogDocumentPrivate(LogDocument *document) : q(document) {}

    void stopWork();
    void startIndexing(quint64 fromLine, quint64 begin);
    void mergeChunk(IndexedChunk &&chunk);
    void postLinesAdded(quint64 generation);
    void onLoaded(quint64 generation, bool ok);
    void onIndexed(quint64 generation, bool cancelled);
    void checkFile();
    bool reload(const QString &reason);
    void updateWatching();

    LogDocument *q;
    QString path;
    QString error;
    std::shared_ptr<LogInput> input;
    LineIndex index;
    NameTable types;
    NameTable hosts;
    MergeState merge;
    std::shared_ptr<OrderedWork<IndexedChunk>> work;
    QFuture<void> loading;
    std::atomic<int> encoding{int(LogDocument::Encoding::Utf8)};
    std::atomic<int> permille{0};
    std::atomic<bool> linesPosted{false};
    std::atomic<quint64> size{0};
    quint64 generation = 0;
    bool indexing = false;
    bool following = false;
    bool watching = true; ///< false once the file could not be read again: say so once, then leave it
    bool checkPending = false;
    QFileSystemWatcher *watcher = nullptr;
    QTimer *poll = nullptr;
};

void LogDocumentPrivate::stopWork()
{
    ++generation;
    if (work) {
        work->cancel();
        work->wait();
        work.reset();
    }
    if (input)
        input->cancelLoad();
    loading.waitForFinished();
    indexing = false;
}

void LogDocumentPrivate::startIndexing(quint64 fromLine, quint64 begin)
{
    const QByteArrayView bytes = input->bytes();
    std::vector<quint64> bounds{begin};
    quint64 next = begin + FirstChunk;
    while (next < quint64(bytes.size())) {
        bounds.push_back(next);
        next += ChunkSize;
    }
    bounds.push_back(quint64(bytes.size()));

    indexing = true;
    merge.nextLine = fromLine;
    const QDateTime modified = input->modificationTime();
    if (modified.isValid()) {
        merge.mtimeYear = modified.date().year();
        merge.mtimeMonth = modified.date().month();
    }
    const int startYear = merge.haveYear ? merge.year : merge.mtimeYear;
    const quint64 gen = generation;
    const char *data = bytes.data();
    const quint64 total = quint64(bytes.size());
    std::shared_ptr<LogInput> keep = input; // the bytes outlive the work even if reopened
    const LogDocument::Encoding textEncoding = input->encoding();
    work = OrderedWork<IndexedChunk>::start(
        qsizetype(bounds.size() - 1),
        [bounds, data, total, startYear, textEncoding, keep](qsizetype i, const std::atomic<bool> &cancel) {
            return indexChunk(data, total, bounds[std::size_t(i)], bounds[std::size_t(i) + 1], startYear, textEncoding,
                              cancel);
        },
        [this, total, gen](qsizetype, IndexedChunk &&chunk) {
            if (chunk.cancelled)
                return;
            const quint64 end = chunk.end;
            mergeChunk(std::move(chunk));
            permille.store(total ? int(end * 1000 / total) : 1000);
            postLinesAdded(gen);
        },
        [this, gen](bool cancelled) {
            QMetaObject::invokeMethod(q, [this, gen, cancelled] { onIndexed(gen, cancelled); }, Qt::QueuedConnection);
        });
}

void LogDocumentPrivate::mergeChunk(IndexedChunk &&chunk)
{
    std::vector<quint16> typeIds(chunk.messageTypes.size() + 1, 0);
    for (std::size_t i = 0; i < chunk.messageTypes.size(); ++i)
        typeIds[i + 1] = types.intern(chunk.messageTypes[i]);
    std::vector<quint16> hostIds(chunk.hosts.size() + 1, 0);
    for (std::size_t i = 0; i < chunk.hosts.size(); ++i)
        hostIds[i + 1] = hosts.intern(chunk.hosts[i]);

    int shift = 0;
    if (chunk.years.firstMonth() != 0) {
        const int first = chunk.years.firstMonth();
        int start = 0;
        if (!merge.haveYear)
            start = merge.mtimeYear - (first > merge.mtimeMonth ? 1 : 0);
        else
            start = merge.year + (first + 6 < merge.lastMonth ? 1 : 0);
        shift = start - chunk.years.startYear();
        merge.haveYear = true;
        merge.year = chunk.years.currentYear() + shift;
        merge.lastMonth = chunk.years.lastMonth();
    }
    quint64 leading = chunk.leadingContinuations;
    for (const auto &block : chunk.blocks) {
        remapIds(*block, typeIds, hostIds);
        shiftInferredYears(*block, shift);
        for (quint32 i = 0; leading > 0 && i < block->count; ++i, --leading) {
            if (merge.haveRecord) {
                block->records[i] = merge.lastRecord;
                block->records[i].flags = quint8((merge.lastRecord.flags & (HasTime | YearInferred | LeapDay | Trap)) | Continuation);
            }
        }
    }
    if (!chunk.blocks.empty()) {
        const LineBlock &last = *chunk.blocks.back();
        merge.lastRecord = last.records[last.count - 1];
        merge.haveRecord = true;
    }
    const quint64 from = merge.nextLine;
    merge.nextLine += chunk.lineCount;
    index.publish(from, std::move(chunk.blocks), chunk.end);
}

// Runs on a worker: `gen` comes from the work, since generation itself belongs to the GUI thread.
void LogDocumentPrivate::postLinesAdded(quint64 gen)
{
    if (linesPosted.exchange(true))
        return; // one notification in flight is enough: it reports the count when delivered
    QMetaObject::invokeMethod(q, [this, gen] {
        linesPosted.store(false);
        if (gen != generation)
            return;
        Q_EMIT q->linesAdded(index.lineCount());
        Q_EMIT q->progress(permille.load());
    }, Qt::QueuedConnection);
}

void LogDocumentPrivate::onLoaded(quint64 gen, bool ok)
{
    if (gen != generation)
        return;
    if (!ok) {
        indexing = false;
        error = input->errorString();
        Q_EMIT q->failed(error);
        return;
    }
    encoding.store(int(input->encoding()));
    size.store(quint64(input->bytes().size()));
    index.reset(input->bytes().data(), quint64(input->bytes().size()), input);
    startIndexing(0, 0);
}

void LogDocumentPrivate::onIndexed(quint64 gen, bool cancelled)
{
    if (gen != generation)
        return;
    work.reset();
    indexing = false;
    Q_EMIT q->linesAdded(index.lineCount());
    if (!cancelled)
        Q_EMIT q->progress(1000);
    Q_EMIT q->indexingFinished(cancelled);
    if (checkPending) {
        checkPending = false;
        checkFile();
    }
}

void LogDocumentPrivate::checkFile()
{
    if (!input || input->kind() != LogInput::Kind::Plain || !watching)
        return;
    if (indexing) {
        checkPending = true;
        return;
    }
    updateWatching();
    const QString shown = QDir::toNativeSeparators(path);
    const LogInput::Change change = input->change();
    if (change == LogInput::Change::Lost) {
        // Pages read as zeros (see MappingGuard): what is shown is no longer the file.
        reload(QCoreApplication::translate("LogSage::LogDocument",
                                           "“%1” changed on disk while it was open (it was cut short and written again, or "
                                           "part of it could not be read); it is read again from the start.")
                   .arg(shown));
        return;
    }
    if (!following) {
        // A mapping past the end of a shortened file reads zeros: read it again even when the
        // user did not ask to follow it.
        if (change == LogInput::Change::Truncated)
            reload(QCoreApplication::translate("LogSage::LogDocument", "“%1” became shorter (truncated); it is read again from the start.").arg(shown));
        return;
    }
    switch (change) {
    case LogInput::Change::Lost: // handled above
    case LogInput::Change::None:
    case LogInput::Change::Vanished: // rotated away; the next file will show up as Replaced
        return;
    case LogInput::Change::Truncated:
        reload(QCoreApplication::translate("LogSage::LogDocument", "“%1” became shorter (truncated); it is read again from the start.").arg(shown));
        return;
    case LogInput::Change::Replaced:
        reload(QCoreApplication::translate("LogSage::LogDocument", "“%1” was replaced by a new file (rotated); it is read again from the start.").arg(shown));
        return;
    case LogInput::Change::Grew:
        break;
    }
    if (!input->remap())
        return;
    const quint64 count = index.lineCount().value;
    const quint64 end = index.indexedEnd();
    const QByteArrayView bytes = input->bytes();
    size.store(quint64(bytes.size()));
    index.setData(bytes.data(), quint64(bytes.size()));
    if (count > 0 && end > 0 && bytes[qsizetype(end - 1)] != '\n')
        startIndexing(count - 1, index.lineStart(LineNumber(count - 1))); // the last line was still growing
    else
        startIndexing(count, end);
}

bool LogDocumentPrivate::reload(const QString &reason)
{
    stopWork();
    auto fresh = std::make_shared<LogInput>();
    if (!fresh->check(path) || !fresh->load()) {
        // Say it once: the file is no longer followed nor watched until it is opened again.
        following = false;
        watching = false;
        updateWatching();
        error = fresh->errorString();
        Q_EMIT q->failed(error);
        return false;
    }
    input = std::move(fresh);
    // The name tables stay: ids keep their meaning across a reset, so filters stay valid.
    merge = MergeState();
    encoding.store(int(input->encoding()));
    size.store(quint64(input->bytes().size()));
    index.reset(input->bytes().data(), quint64(input->bytes().size()), input);
    Q_EMIT q->reset(reason);
    startIndexing(0, 0);
    return true;
}

void LogDocumentPrivate::updateWatching()
{
    // A plain file is mapped: it is watched even when not followed, because a file shortened under
    // its mapping must be read again (only a followed file is read on when it grows).
    if (!input || input->kind() != LogInput::Kind::Plain || !watching) {
        delete watcher;
        watcher = nullptr;
        delete poll;
        poll = nullptr;
        return;
    }
    if (!watcher) {
        watcher = new QFileSystemWatcher(q);
        QObject::connect(watcher, &QFileSystemWatcher::fileChanged, q, [this] { checkFile(); });
        poll = new QTimer(q);
        poll->setInterval(PollMsecs);
        QObject::connect(poll, &QTimer::timeout, q, [this] { checkFile(); });
        poll->start();
    }
    // A replaced file drops out of the watch list.
    if (!watcher->files().contains(path) && QFile::exists(path))
        watcher->addPath(path);
}

LogDocument::LogDocument(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<LogDocumentPrivate>(this))
{
}

LogDocument::~LogDocument()
{
    d->stopWork();
}

bool LogDocument::open(const QString &path)
{
    d->stopWork();
    d->path = path;
    d->watching = true;
    d->error.clear();
    d->types.clear();
    d->hosts.clear();
    d->merge = MergeState();
    d->index.reset(nullptr, 0);
    d->size.store(0);
    d->encoding.store(int(Encoding::Utf8));
    d->input = std::make_shared<LogInput>();
    Q_EMIT opened(path);
    if (!d->input->check(path)) {
        d->error = d->input->errorString();
        d->input.reset();
        return false;
    }
    d->indexing = true;
    const quint64 gen = d->generation;
    if (d->input->kind() == LogInput::Kind::Plain) {
        // Mapping is quick: the encoding and size are known when open() returns.
        if (!d->input->load()) {
            d->error = d->input->errorString();
            d->indexing = false;
            d->input.reset();
            return false;
        }
        d->onLoaded(gen, true);
    } else {
        std::shared_ptr<LogInput> input = d->input;
        d->loading = QtConcurrent::run([this, input, gen] {
            const bool ok = input->load();
            QMetaObject::invokeMethod(this, [this, gen, ok] { d->onLoaded(gen, ok); }, Qt::QueuedConnection);
        });
    }
    d->updateWatching();
    return true;
}

void LogDocument::cancel()
{
    if (d->work)
        d->work->cancel();
}

bool LogDocument::isIndexing() const
{
    return d->indexing;
}

void LogDocument::setFollowing(bool follow)
{
    d->following = follow && d->input && d->input->kind() == LogInput::Kind::Plain;
    d->updateWatching();
    if (d->following)
        d->checkFile();
}

bool LogDocument::isFollowing() const
{
    return d->following;
}

QString LogDocument::path() const
{
    return d->path;
}

QString LogDocument::errorString() const
{
    return d->error;
}

LogDocument::Encoding LogDocument::encoding() const
{
    return Encoding(d->encoding.load());
}

QString LogDocument::encodingName() const
{
    return EncodingDetector::name(encoding());
}

qint64 LogDocument::sizeInBytes() const
{
    return qint64(d->size.load());
}

LineCount LogDocument::lineCount() const
{
    return d->index.lineCount();
}

QByteArrayView LogDocument::lineBytes(LineNumber line) const
{
    return d->index.lineBytes(line);
}

QString LogDocument::lineText(LineNumber line) const
{
    return decode(lineBytes(line));
}

QString LogDocument::decode(QByteArrayView bytes) const
{
    const Encoding textEncoding = encoding();
    QStringDecoder decoder = EncodingDetector::decoder(textEncoding);
    QString text = decoder.decode(bytes);
    // The GB18030 decoder (ICU) drops a character cut at the end without a trace, whatever the
    // flags: show it as the replacement character every other broken byte gets.
    if (textEncoding == Encoding::Gb18030 && !bytes.isEmpty() && static_cast<unsigned char>(bytes.back()) >= 0x80
        && !text.endsWith(QChar::ReplacementCharacter) && EncodingDetector::endsInCutCharacter(bytes, textEncoding))
        text += QChar::ReplacementCharacter;
    return text;
}

LineRecord LogDocument::record(LineNumber line) const
{
    return d->index.record(line);
}

QByteArray LogDocument::messageTypeName(quint16 type) const
{
    return d->types.name(type);
}

int LogDocument::messageTypeCount() const
{
    return d->types.count();
}

QByteArray LogDocument::hostName(quint16 host) const
{
    return d->hosts.name(host);
}

int LogDocument::hostCount() const
{
    return d->hosts.count();
}

qint64 LogDocument::timeBase() const
{
    return 0;
}

IndexSnapshot LogDocument::snapshot() const
{
    return d->index.snapshot();
}

qint64 LogDocument::indexMemoryBytes() const
{
    return d->index.heapBytes() + d->types.heapBytes() + d->hosts.heapBytes();
}

} // namespace LogSage
