#include "commandline.h"

#include "analyzecommand.h"

#include <QTextStream>

#include <cstdio>

// Other engineers' subcommands are wired in as soon as their header exists; each takes the
// words after its name and the two streams, and returns its exit code.
#if __has_include("catalogcommand.h")
#include "catalogcommand.h"
#define LOGSAGE_HAS_CATALOG_COMMAND 1
#endif
#if __has_include("reportcommand.h")
#include "reportcommand.h"
#define LOGSAGE_HAS_REPORT_COMMAND 1
#endif

using namespace Qt::StringLiterals;

namespace LogSage::Cli {

namespace {

QStringList commandNames()
{
    QStringList names{u"analyze"_s};
#ifdef LOGSAGE_HAS_CATALOG_COMMAND
    names << u"catalog"_s;
#endif
#ifdef LOGSAGE_HAS_REPORT_COMMAND
    names << u"report"_s;
#endif
    return names;
}

} // namespace

bool isCommand(const QString &argument)
{
    return commandNames().contains(argument);
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"analyze")
        return runAnalyzeCommand(rest, out, err);
#ifdef LOGSAGE_HAS_CATALOG_COMMAND
    if (command == u"catalog")
        return runCatalogCommand(rest, out, err);
#endif
#ifdef LOGSAGE_HAS_REPORT_COMMAND
    if (command == u"report")
        return runReportCommand(rest, out, err);
#endif
    err << "logsage: unknown command \"" << command << "\"; commands: " << commandNames().join(u", "_s) << '\n';
    return 2;
}

} // namespace LogSage::Cli
