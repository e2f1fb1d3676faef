#include "benchsupport.h"

#include "logdocument.h"
#include "vrploggenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace LogSage::Bench {

QString dataFile(const QString &name, qint64 bytes, qint64 lines)
{
    QString dir = qEnvironmentVariable("LOGSAGE_BENCH_DATA_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(LOGSAGE_BENCH_DATA_DIR);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    if (QFileInfo::exists(path))
        return path;
    std::printf("generating %s ...\n", qPrintable(path));
    std::fflush(stdout);
    VrpLogGenerator generator;
    QString error;
    if (!generator.writeFile(path, bytes, lines, &error)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
        return {};
    }
    return path;
}

double timeCommand(const QStringList &command, int runs, QByteArray *output)
{
    double best = -1;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(command.first(), command.mid(1));
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (best < 0 || seconds < best)
            best = seconds;
        if (output)
            *output = process.readAllStandardOutput().trimmed();
    }
    return best;
}

double indexFile(LogDocument &document, const QString &path, double *firstLines)
{
    QEventLoop loop;
    QElapsedTimer timer;
    bool ok = true;
    if (firstLines) {
        *firstLines = -1;
        QObject::connect(&document, &LogDocument::linesAdded, &loop, [&](LineCount count) {
            if (*firstLines < 0 && count.value > 0)
                *firstLines = double(timer.nsecsElapsed()) / 1e9;
        });
    }
    QObject::connect(&document, &LogDocument::indexingFinished, &loop, &QEventLoop::quit);
    QObject::connect(&document, &LogDocument::failed, &loop, [&] {
        ok = false;
        loop.quit();
    });
    timer.start();
    if (!document.open(path))
        return -1;
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return ok ? seconds : -1;
}

void report(const char *name, double value, const char *unit, const QString &comment)
{
    std::printf("  %-44s %12.2f %-9s %s\n", name, value, unit, qPrintable(comment));
    std::fflush(stdout);
}

} // namespace LogSage::Bench
