#include "analyzecommand.h"
#include "tunnelscommand.h"

#include "catalog.h"
#include "encodingdetector.h"
#include "linedecoder.h"
#include "loginput.h"
#include "logsummary.h"
#include "recordwriter.h"
#include "summarywriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace LogSage::Cli {

namespace {

struct AnalyzeOptions {
    enum class Format { Text, Json };
    Format format = Format::Text;
    bool formatGiven = false;
    bool records = false;
    bool tunnels = false;
    bool help = false;
    QStringList catalogDirs;
    QStringList files;
};

void printUsage(QTextStream &stream)
{
    stream << "Usage: logsage analyze FILE... [--format text|json] [--records | --tunnels] [--catalog DIR]\n"
              "  Statistics of Huawei VRP logs, per file and per host: lines, time span, counts by\n"
              "  severity, module and message, messages recognized by the catalog and unknown ones.\n"
              "  FILE may be plain text or .gz, .bz2, .xz, .zip; UTF-8, GBK/GB18030 or UTF-16.\n"
              "Options:\n"
              "  --format text|json  how the statistics are written (default: text)\n"
              "  --records           instead of statistics, write every record as one JSON object\n"
              "                      per line (NDJSON): time, host, message ID, parameters, ...\n"
              "  --tunnels           instead of statistics, the IPSec tunnels: flaps, downtime,\n"
              "                      availability, teardown and negotiation failure reasons\n"
              "  --catalog DIR       also load the catalog JSON files in DIR (after the bundled ones)\n"
              "Exit status: 0 ok, 1 an input could not be read, 2 usage error.\n";
}

int usageError(QTextStream &err, const QString &message)
{
    err << "logsage analyze: " << message << '\n';
    printUsage(err);
    return 2;
}

// Returns the options, or the exit code of a usage error already reported on `err`.
std::optional<AnalyzeOptions> parseOptions(const QStringList &arguments, QTextStream &err, int &status)
{
    AnalyzeOptions options;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(u'-') || argument.size() == 1) {
            options.files << argument;
            continue;
        }
        QString name = argument;
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = argument.indexOf(u'='); argument.startsWith(u"--"_s) && equals > 0) {
            name = argument.left(equals);
            value = argument.mid(equals + 1);
            hasValue = true;
        }
        auto takeValue = [&]() -> bool {
            if (hasValue)
                return true;
            if (i + 1 >= arguments.size())
                return false;
            value = arguments.at(++i);
            return true;
        };
        if (name == u"--") {
            optionsEnded = true;
        } else if (name == u"-h" || name == u"--help") {
            options.help = true;
        } else if (name == u"--records" && !hasValue) {
            options.records = true;
        } else if (name == u"--tunnels" && !hasValue) {
            options.tunnels = true;
        } else if (name == u"--format") {
            if (!takeValue()) {
                status = usageError(err, u"--format needs text or json"_s);
                return std::nullopt;
            }
            if (value != u"text" && value != u"json") {
                status = usageError(err, u"unknown format \"%1\"; use text or json"_s.arg(value));
                return std::nullopt;
            }
            options.format = value == u"json" ? AnalyzeOptions::Format::Json : AnalyzeOptions::Format::Text;
            options.formatGiven = true;
        } else if (name == u"--catalog") {
            if (!takeValue() || value.isEmpty()) {
                status = usageError(err, u"--catalog needs a folder of catalog JSON files"_s);
                return std::nullopt;
            }
            options.catalogDirs << value;
        } else {
            status = usageError(err, u"unknown option %1"_s.arg(argument));
            return std::nullopt;
        }
    }
    if (options.help)
        return options;
    if (options.files.isEmpty()) {
        status = usageError(err, u"no log file given"_s);
        return std::nullopt;
    }
    if (options.records && options.tunnels) {
        status = usageError(err, u"--records and --tunnels are two different outputs; choose one"_s);
        return std::nullopt;
    }
    if (options.records && options.formatGiven) {
        status = usageError(err, u"--records writes NDJSON records; leave out --format"_s);
        return std::nullopt;
    }
    return options;
}

// Loads the bundled catalogs and the user's folders. A bad catalog is reported, never fatal;
// a folder that does not exist is an input error.
bool loadCatalog(Catalog &catalog, const QStringList &dirs, QTextStream &err)
{
    bool ok = true;
    for (const QString &dir : dirs) {
        if (!QFileInfo(dir).isDir()) {
            err << "logsage analyze: the catalog folder " << QDir::toNativeSeparators(dir)
                << " does not exist; give a folder that holds catalog JSON files.\n";
            ok = false;
            continue;
        }
        catalog.loadDirectory(dir, true);
    }
    for (const CatalogProblem &problem : catalog.problems())
        err << "logsage analyze: catalog problem: " << problem.toString() << '\n';
    return ok;
}

// Calls `visit(line, number)` for every line of `bytes` (1-based numbers, line ends removed).
template<typename Visit>
void forEachLine(QByteArrayView bytes, Visit visit)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype start = 0;
    qint64 number = 0;
    while (start < size) {
        const void *newline = std::memchr(data + start, '\n', size_t(size - start));
        const qsizetype end = newline ? static_cast<const char *>(newline) - data : size;
        qsizetype stop = end;
        if (stop > start && data[stop - 1] == '\r')
            --stop;
        visit(QByteArrayView(data + start, stop - start), ++number);
        start = end + 1;
    }
}

} // namespace

int runAnalyzeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    int status = 0;
    const std::optional<AnalyzeOptions> options = parseOptions(arguments, err, status);
    if (!options)
        return status;
    if (options->help) {
        printUsage(out);
        return 0;
    }
    Catalog catalog = Catalog::bundled();
    if (!loadCatalog(catalog, options->catalogDirs, err))
        status = 1;
    if (options->tunnels) {
        // User catalogs count here too: they may mark further tunnel messages.
        const int tunnels = runTunnelsAnalysis(options->files, catalog, options->format == AnalyzeOptions::Format::Json, out, err);
        return tunnels != 0 ? tunnels : status;
    }

    QJsonArray jsonFiles;
    bool firstText = true;
    for (const QString &path : options->files) {
        LogInput input;
        if (!input.check(path) || !input.load()) {
            err << "logsage analyze: " << input.errorString() << '\n';
            status = 1;
            continue;
        }
        LineDecoder decode(input.encoding());
        LogSummary summary(catalog);
        if (options->records) {
            RecordWriter records(out, decode, summary, path);
            forEachLine(input.bytes(), [&](QByteArrayView line, qint64 number) {
                records.add(VrpLineParser::parse(line), number);
            });
            continue;
        }
        const LogDocument::Encoding encoding = input.encoding();
        forEachLine(input.bytes(), [&](QByteArrayView line, qint64) {
            summary.add(VrpLineParser::parseHeader(line));
            if (!EncodingDetector::isValidLine(line, encoding))
                summary.addInvalidLine();
        });
        SummaryWriter writer(summary, decode);
        const QString encodingName = EncodingDetector::name(encoding);
        if (options->format == AnalyzeOptions::Format::Json) {
            jsonFiles.append(writer.toJson(path, encodingName));
        } else {
            if (!firstText)
                out << '\n';
            firstText = false;
            writer.writeText(out, path, encodingName);
        }
    }
    if (!options->records && options->format == AnalyzeOptions::Format::Json)
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"files"_s, jsonFiles}}).toJson(QJsonDocument::Indented));
    out.flush();
    return status;
}

} // namespace LogSage::Cli
