#include "catalogcommand.h"

#include "catalogfiles.h"

using namespace Qt::StringLiterals;

namespace LogSage::Cli {

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage:\n"
              "  logsage catalog import REFERENCE.md -o CATALOG.json\n"
              "      Turn the vendor's Markdown log reference into a LogSage catalog (Chinese text).\n"
              "  logsage catalog check CATALOG.json...\n"
              "      Validate catalogs; problems are listed as file:line:column: message.\n"
              "Exit status: 0 ok, 1 problems found, 2 usage error.\n";
}

int usageError(QTextStream &err, const QString &message)
{
    err << "logsage catalog: " << message << '\n';
    printUsage(err);
    return 2;
}

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString input;
    QString output;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-o" || argument == u"--output") {
            if (i + 1 >= arguments.size())
                return usageError(err, u"%1 needs a file name"_s.arg(argument));
            output = arguments.at(++i);
        } else if (argument.startsWith(u"--output="_s)) {
            output = argument.mid(9);
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            return usageError(err, u"unknown option %1"_s.arg(argument));
        } else if (input.isEmpty()) {
            input = argument;
        } else {
            return usageError(err, u"import takes one reference file, got %1 as well"_s.arg(argument));
        }
    }
    if (input.isEmpty() || output.isEmpty())
        return usageError(err, u"import needs REFERENCE.md and -o CATALOG.json"_s);

    const ImportOutcome outcome = importReferenceFile(input, output);
    for (const CatalogProblem &problem : outcome.problems)
        err << problem.toString() << '\n';
    if (!outcome.written) {
        err << "logsage catalog: " << outcome.error << '\n';
        return 1;
    }
    out << "Imported " << outcome.entryCount << (outcome.entryCount == 1 ? " entry" : " entries");
    if (outcome.fragmentCount > 0)
        out << " and " << outcome.fragmentCount << (outcome.fragmentCount == 1 ? " fragment" : " fragments");
    out << " from " << input << " into " << output << ".\n";
    return 0;
}

int runCheck(const QStringList &files, QTextStream &out, QTextStream &err)
{
    if (files.isEmpty())
        return usageError(err, u"check needs at least one catalog file"_s);
    int status = 0;
    for (const QString &file : files) {
        const CheckOutcome outcome = checkCatalogFile(file);
        for (const CatalogProblem &problem : outcome.problems)
            err << problem.toString() << '\n';
        if (outcome.problems.isEmpty())
            out << file << ": " << outcome.entryCount << (outcome.entryCount == 1 ? " entry" : " entries") << ", no problems.\n";
        else
            status = 1;
    }
    return status;
}

} // namespace

int runCatalogCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return usageError(err, u"say import or check"_s);
    const QString &command = arguments.first();
    if (command == u"-h" || command == u"--help" || command == u"help") {
        printUsage(out);
        return 0;
    }
    if (command == u"import")
        return runImport(arguments.mid(1), out, err);
    if (command == u"check")
        return runCheck(arguments.mid(1), out, err);
    return usageError(err, u"unknown catalog command \"%1\""_s.arg(command));
}

} // namespace LogSage::Cli
