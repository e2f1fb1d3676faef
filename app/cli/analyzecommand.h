#pragma once

#include <QStringList>
#include <QTextStream>

namespace LogSage::Cli {

/// `logsage analyze FILE... [--format text|json] [--records] [--catalog DIR]`: per file and per
/// host, the lines, time span, counts by severity, module and message, recognized against
/// unknown messages and the top unknown ones; or, with --records, every record as NDJSON.
/// `arguments` are the words after "analyze". Returns 0 when done, 1 when an input could not
/// be read (a sentence naming it goes to `err`), 2 on a usage error.
int runAnalyzeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace LogSage::Cli
