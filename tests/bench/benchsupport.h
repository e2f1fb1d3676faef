#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace LogSage {

class LogDocument;

/// Shared pieces of the benchmark executables: data files, timing of tools and of indexing.
namespace Bench {

/// The path of a generated VRP log under build/bench-data (LOGSAGE_BENCH_DATA_DIR overrides),
/// written first when missing: about `bytes` bytes, or exactly `lines` lines when lines > 0.
QString dataFile(const QString &name, qint64 bytes, qint64 lines = 0);

/// Best wall time in seconds of `runs` runs of a command; its standard output of the last
/// run in `output`. Negative when the command cannot run.
double timeCommand(const QStringList &command, int runs, QByteArray *output = nullptr);

/// Opens `path` in `document` and waits for the index; wall seconds, negative on failure.
/// `firstLines`, when given, receives the seconds until the first lines were usable.
double indexFile(LogDocument &document, const QString &path, double *firstLines = nullptr);

/// Prints one result line: name, value and unit, with a comment.
void report(const char *name, double value, const char *unit, const QString &comment = {});

} // namespace Bench
} // namespace LogSage
