// Filter 10 million indexed lines by message, severity, host and time; search text and
// regular expressions; compare with grep -c and wc -l on the same (page-cached) file.
#include "benchsupport.h"
#include "linesearch.h"
#include "logdocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>
#include <QTimeZone>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

// Best of three runs of a search: seconds, and the number of lines found.
double timeSearch(const LogDocument &doc, const LineFilter &filter, std::size_t &found)
{
    double best = -1;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        found = LineSearch::findAll(doc, filter).size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (best < 0 || seconds < best)
            best = seconds;
    }
    return best;
}

quint16 idOf(int count, const std::function<QByteArray(quint16)> &name, const QByteArray &wanted)
{
    for (int id = 1; id <= count; ++id) {
        if (name(quint16(id)) == wanted)
            return quint16(id);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 lines = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10'000'000;
    const QString path = Bench::dataFile(u"vrp-%1-lines.log"_s.arg(lines), 0, lines);
    if (path.isEmpty())
        return 1;
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    std::printf("bench_search: %d worker threads\n%s (%.0f MiB)\n", QThreadPool::globalInstance()->maxThreadCount(),
                qPrintable(path), megabytes);

    QByteArray wcOut;
    const double wc = Bench::timeCommand({u"wc"_s, u"-l"_s, path}, 3, &wcOut);
    LogDocument doc;
    const double indexSeconds = Bench::indexFile(doc, path);
    if (indexSeconds < 0) {
        std::fprintf(stderr, "indexing failed: %s\n", qPrintable(doc.errorString()));
        return 1;
    }
    const quint64 count = doc.lineCount().value;
    Bench::report("index+classify", megabytes / indexSeconds, "MiB/s", u"%1 lines"_s.arg(count));
    Bench::report("wc -l", megabytes / wc, "MiB/s", u"%1 s"_s.arg(wc, 0, 'f', 3));

    std::size_t found = 0;
    auto filterRow = [&](const char *name, const LineFilter &filter) {
        const double s = timeSearch(doc, filter, found);
        Bench::report(name, s * 1000.0, "ms", u"%1 of %2 lines"_s.arg(found).arg(count));
    };
    LineFilter byModule;
    byModule.modules = {"IPSEC"};
    filterRow("filter: module IPSEC", byModule);
    LineFilter byType;
    byType.messageTypes = {idOf(doc.messageTypeCount(), [&](quint16 id) { return doc.messageTypeName(id); },
                                "IKE/5/IKE_NEGO_FAIL")};
    filterRow("filter: message IKE/5/IKE_NEGO_FAIL", byType);
    LineFilter bySeverity;
    bySeverity.severities = 0x1f;
    filterRow("filter: severity warning or worse", bySeverity);
    LineFilter byHost;
    byHost.hosts = {idOf(doc.hostCount(), [&](quint16 id) { return doc.hostName(id); }, "AR-Branch-07")};
    filterRow("filter: host AR-Branch-07", byHost);
    LineFilter byTime;
    byTime.fromMsecs = QDateTime(QDate(2026, 12, 5), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    byTime.toMsecs = QDateTime(QDate(2026, 12, 6), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    filterRow("filter: one day", byTime);

    auto searchRow = [&](const char *name, const LineFilter &filter, const QStringList &grep) {
        const double s = timeSearch(doc, filter, found);
        Bench::report(name, megabytes / s, "MiB/s", u"%1 s, %2 lines"_s.arg(s, 0, 'f', 3).arg(found));
        QByteArray grepOut;
        const double g = Bench::timeCommand(QStringList{u"grep"_s, u"-c"_s} + grep + QStringList{path}, 3, &grepOut);
        Bench::report(qPrintable(u"  grep -c "_s + grep.join(u' ')), megabytes / g, "MiB/s",
                      u"%1 s, %2 lines"_s.arg(g, 0, 'f', 3).arg(QString::fromLatin1(grepOut)));
    };
    LineFilter literal;
    literal.text = u"PeerAddress=203.0.113.9,"_s;
    literal.caseSensitivity = Qt::CaseSensitive;
    searchRow("text, case-sensitive", literal, {u"-F"_s, u"PeerAddress=203.0.113.9,"_s});
    literal.caseSensitivity = Qt::CaseInsensitive;
    searchRow("text, case-insensitive", literal, {u"-F"_s, u"-i"_s, u"PeerAddress=203.0.113.9,"_s});
    LineFilter regex;
    regex.regex = QRegularExpression(u"IKE_NEGO_FAIL.*Reason=phase[12]"_s);
    searchRow("regex", regex, {u"-E"_s, u"IKE_NEGO_FAIL.*Reason=phase[12]"_s});
    LineFilter rare;
    rare.regex = QRegularExpression(u"CpuUsage=9[89]%"_s);
    searchRow("regex, rare match", rare, {u"-E"_s, u"CpuUsage=9[89]%"_s});
    return 0;
}
