// Index and classify generated VRP log-host files of 100 MB and 1 GB; compare with wc -l and
// grep -c on the same (page-cached) file. Usage: bench_index [MEGABYTES...]
#include "benchsupport.h"
#include "chunkindexer.h"
#include "logdocument.h"
#include "vrpline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

// Where the time goes, on one thread: finding line ends, the header parser, the whole chunk
// indexer (parser, interning, records).
void breakdown(const QString &path, double megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const uchar *mapped = file.map(0, file.size());
    if (!mapped)
        return;
    const char *data = reinterpret_cast<const char *>(mapped);
    const quint64 size = quint64(file.size());
    auto forEachLine = [&](auto &&f) {
        quint64 pos = 0;
        while (pos < size) {
            const void *nl = std::memchr(data + pos, '\n', size - pos);
            const quint64 end = nl ? quint64(static_cast<const char *>(nl) - data) : size;
            f(QByteArrayView(data + pos, qsizetype(end - pos)));
            pos = end + 1;
        }
    };
    QElapsedTimer timer;
    timer.start();
    quint64 lines = 0;
    forEachLine([&](QByteArrayView) { ++lines; });
    double s = double(timer.nsecsElapsed()) / 1e9;
    Bench::report("1 thread: line ends, first touch of the mapping", megabytes / s, "MiB/s",
                  u"%1 ns per line"_s.arg(s * 1e9 / double(lines), 0, 'f', 0));
    timer.restart();
    lines = 0;
    forEachLine([&](QByteArrayView) { ++lines; });
    s = double(timer.nsecsElapsed()) / 1e9;
    Bench::report("1 thread: line ends only", megabytes / s, "MiB/s", u"%1 ns per line"_s.arg(s * 1e9 / double(lines), 0, 'f', 0));
    timer.restart();
    int records = 0;
    forEachLine([&](QByteArrayView line) { records += VrpLineParser::parseHeader(line).isRecord; });
    s = double(timer.nsecsElapsed()) / 1e9;
    Bench::report("1 thread: line ends + parseHeader", megabytes / s, "MiB/s",
                  u"%1 ns per line, %2 records"_s.arg(s * 1e9 / double(lines), 0, 'f', 0).arg(records));
    timer.restart();
    const std::atomic<bool> cancel{false};
    const IndexedChunk chunk = indexChunk(data, size, 0, size, 2026, LogDocument::Encoding::Utf8, cancel);
    s = double(timer.nsecsElapsed()) / 1e9;
    Bench::report("1 thread: indexChunk (all of it)", megabytes / s, "MiB/s",
                  u"%1 ns per line"_s.arg(s * 1e9 / double(chunk.lineCount), 0, 'f', 0));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizesMb{100, 1024};
    if (argc > 1) {
        sizesMb.clear();
        for (int i = 1; i < argc; ++i)
            sizesMb.append(QByteArray(argv[i]).toLongLong());
    }
    std::printf("bench_index: %d worker threads\n", QThreadPool::globalInstance()->maxThreadCount());
    for (const qint64 mb : sizesMb) {
        const QString path = Bench::dataFile(u"vrp-%1M.log"_s.arg(mb), mb * 1024 * 1024);
        if (path.isEmpty())
            return 1;
        const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
        std::printf("%s (%.0f MiB)\n", qPrintable(path), megabytes);

        QByteArray lines;
        const double wc = Bench::timeCommand({u"wc"_s, u"-l"_s, path}, 3, &lines); // also warms the page cache
        QByteArray grepCount;
        const double grep = Bench::timeCommand({u"grep"_s, u"-c"_s, u"IKE_NEGO_FAIL"_s, path}, 3, &grepCount);

        double best = -1;
        double firstBest = -1;
        quint64 lineCount = 0;
        qint64 heap = 0;
        int types = 0;
        int hosts = 0;
        for (int run = 0; run < 3; ++run) {
            LogDocument doc;
            double first = -1;
            const double seconds = Bench::indexFile(doc, path, &first);
            if (first >= 0 && (firstBest < 0 || first < firstBest))
                firstBest = first;
            if (seconds < 0) {
                std::fprintf(stderr, "indexing failed: %s\n", qPrintable(doc.errorString()));
                return 1;
            }
            if (best < 0 || seconds < best)
                best = seconds;
            lineCount = doc.lineCount().value;
            heap = doc.indexMemoryBytes();
            types = doc.messageTypeCount();
            hosts = doc.hostCount();
        }
        Bench::report("index+classify", megabytes / best, "MiB/s",
                      u"%1 s, %2 lines, %3 message types, %4 hosts (best of 3)"_s.arg(best, 0, 'f', 3).arg(lineCount).arg(types).arg(hosts));
        Bench::report("first lines usable after", firstBest * 1000.0, "ms", u"open() to the first linesAdded"_s);
        Bench::report("index heap per line", double(heap) / double(lineCount), "bytes",
                      u"%1 MiB in all"_s.arg(double(heap) / (1024.0 * 1024.0), 0, 'f', 1));
        Bench::report("wc -l", megabytes / wc, "MiB/s", u"%1 s, %2"_s.arg(wc, 0, 'f', 3).arg(QString::fromLatin1(lines.split(' ').first())));
        Bench::report("grep -c IKE_NEGO_FAIL", megabytes / grep, "MiB/s",
                      u"%1 s, %2 lines"_s.arg(grep, 0, 'f', 3).arg(QString::fromLatin1(grepCount)));
        breakdown(path, megabytes);
    }
    return 0;
}
