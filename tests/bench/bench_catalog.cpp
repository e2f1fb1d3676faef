// Load a generated catalog of 10,000 entries (budget: < 100 ms), then look entries up and search.
#include "catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

QJsonObject text(const QString &zh, const QString &en)
{
    return {{"zh"_L1, zh}, {"en"_L1, en}};
}

QJsonObject step(int i, int k)
{
    return {{"text"_L1, text(u"执行`display ike sa %1`查看第%2步。"_s.arg(i).arg(k), u"Run `display ike sa %1` for step %2."_s.arg(i).arg(k))},
            {"commands"_L1, QJsonArray{u"display ike sa %1"_s.arg(i)}}};
}

// An entry shaped like IKE/5/IKE_NEGO_FAIL: five parameters, four keyed causes with steps, a fallback.
QJsonObject entry(int i)
{
    QJsonArray parameters;
    for (const char *name : {"IfIndex", "SeqNum", "PeerAddress", "PeerPort", "Reason"})
        parameters.append(QJsonObject{{"name"_L1, QLatin1StringView(name)}, {"type"_L1, u"STRING"_s},
                                      {"description"_L1, text(u"参数说明"_s, u"Parameter description"_s)}});
    QJsonArray causes;
    for (int k = 0; k < 4; ++k) {
        causes.append(QJsonObject{{"key"_L1, u"reason-%1"_s.arg(k)},
                                  {"text"_L1, text(u"两端参数不匹配%1"_s.arg(k), u"The two ends do not match (%1)"_s.arg(k))},
                                  {"when"_L1, QJsonObject{{"parameter"_L1, u"Reason"_s}, {"equals"_L1, u"reason %1"_s.arg(k)}}},
                                  {"steps"_L1, QJsonArray{step(i, k)}}});
    }
    causes.append(QJsonObject{{"key"_L1, u"other"_s}, {"text"_L1, text(u"非以上原因"_s, u"None of the above"_s)},
                              {"when"_L1, QJsonObject{{"parameter"_L1, u"Reason"_s}, {"fallback"_L1, true}}},
                              {"steps"_L1, QJsonArray{step(i, 9)}}});
    return {{"id"_L1, u"MOD%1/5/MESSAGE_%2"_s.arg(i % 50).arg(i)},
            {"section"_L1, u"%1.%2"_s.arg(i / 100).arg(i % 100)},
            {"message"_L1, text(u"IPSec隧道协商失败。 (IfIndex=[ULONG], SeqNum=[ULONG], PeerAddress=[STRING], PeerPort=[ULONG], Reason=[STRING])"_s,
                                u"IPSec tunnel negotiation fails. (IfIndex=[ULONG], SeqNum=[ULONG], PeerAddress=[STRING], PeerPort=[ULONG], Reason=[STRING])"_s)},
            {"meaning"_L1, text(u"IPSec隧道建立失败。"_s, u"An IPSec tunnel could not be set up."_s)},
            {"parameters"_L1, parameters},
            {"causesIntro"_L1, text(u"常见原因包括："_s, u"Common reasons:"_s)},
            {"causes"_L1, causes},
            {"tags"_L1, QJsonArray{u"tunnel"_s}}};
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Timing {
    double wallMs = -1;
    double cpuMs = -1; ///< this thread's CPU time: what the work costs when the machine is busy with other jobs
};

Timing bestOf(int runs, const std::function<void()> &work)
{
    Timing best;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        const double wall = double(timer.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs() - cpuStart;
        if (best.wallMs < 0 || wall < best.wallMs)
            best.wallMs = wall;
        if (best.cpuMs < 0 || cpu < best.cpuMs)
            best.cpuMs = cpu;
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10'000;
    QJsonArray entries;
    for (int i = 0; i < count; ++i)
        entries.append(entry(i));
    const QByteArray json = QJsonDocument(QJsonObject{{"catalog"_L1, QJsonObject{{"name"_L1, u"bench"_s}}}, {"entries"_L1, entries}})
                                .toJson(QJsonDocument::Compact);

    std::size_t loaded = 0;
    std::vector<Catalog> loads(5); // destroyed after the timing: freeing is not part of loading
    std::size_t run = 0;
    const Timing load = bestOf(int(loads.size()), [&] {
        Catalog &catalog = loads[run++];
        catalog.loadData(json, u"bench.json"_s);
        loaded = catalog.entries().size();
    });
    std::printf("catalog load: %d entries (%.1f MB) in %.1f ms wall, %.1f ms CPU (budget 100 ms: %s)\n", int(loaded),
                double(json.size()) / 1e6, load.wallMs, load.cpuMs, load.wallMs < 100 ? "ok" : "OVER BUDGET");

    Catalog catalog;
    catalog.loadData(json, u"bench.json"_s);
    const QByteArray module = "mod7";
    const QByteArray brief = "MESSAGE_4007";
    int found = 0;
    const int lookups = 1'000'000;
    const Timing find = bestOf(3, [&] {
        found = 0;
        for (int i = 0; i < lookups; ++i)
            found += catalog.find(module, brief) != nullptr;
    });
    std::printf("catalog find: %d look-ups in %.1f ms wall, %.1f ms CPU (%.0f ns each, %d found)\n", lookups, find.wallMs,
                find.cpuMs, find.cpuMs * 1e6 / lookups, found);

    qsizetype hits = 0;
    const Timing search = bestOf(3, [&] { hits = catalog.search(u"隧道 display ike sa 4007"_s).size(); });
    std::printf("catalog search: %d entries in %.1f ms wall, %.1f ms CPU (%d hits; the UI budget is 50 ms)\n",
                int(catalog.entries().size()), search.wallMs, search.cpuMs, int(hits));
    return loaded == std::size_t(count) ? 0 : 1;
}
