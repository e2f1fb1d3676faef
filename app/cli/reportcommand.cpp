#include "reportcommand.h"

#include "casefile.h"

#include "case.h"
#include "casereportdata.h"
#include "catalog.h"
#include "logdocument.h"
#include "reportbuilder.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace LogSage::Cli {

namespace {

struct ReportOptions {
    QStringList files;
    QString output;
    std::optional<Language> language;
    QString casePath;
    QString title;
    QStringList catalogDirs;
    bool charts = true;
    bool help = false;
};

void printUsage(QTextStream &stream)
{
    stream << "Usage: logsage report FILE... -o OUT [--lang zh|en] [--case CASE] [--title TEXT]\n"
              "                      [--catalog DIR] [--no-charts]\n"
              "  Analyses Huawei VRP logs and writes a report. The format follows OUT's extension:\n"
              "  .html (one self-contained file), .pdf, .md, .json, or .csv (message counts in OUT,\n"
              "  tunnel events in OUT-tunnel-events.csv).\n"
              "Options:\n"
              "  -o, --output OUT  the report file to write\n"
              "  --lang zh|en      language of the reference text and the report (default: the system's)\n"
              "  --case CASE       add the checklist ticks, notes and bookmarks of a saved case (.json)\n"
              "  --title TEXT      the report's title\n"
              "  --catalog DIR     also load the catalog JSON files in DIR (after the bundled ones)\n"
              "  --no-charts       leave the tunnel charts out\n"
              "Exit status: 0 ok, 1 an input could not be read or the report not written, 2 usage error.\n";
}

int usageError(QTextStream &err, const QString &message)
{
    err << "logsage report: " << message << '\n';
    printUsage(err);
    return 2;
}

// Returns the options, or nothing after reporting a usage error on `err`.
std::optional<ReportOptions> parseOptions(const QStringList &arguments, QTextStream &err)
{
    ReportOptions options;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                usageError(err, u"%1 needs a value"_s.arg(name));
                return std::nullopt;
            }
            return arguments.at(++i);
        };
        if (optionsEnded || !arg.startsWith(u'-') || arg == u"-") {
            options.files.append(arg);
        } else if (arg == u"--") {
            optionsEnded = true;
        } else if (arg == u"-h" || arg == u"--help") {
            options.help = true;
        } else if (arg == u"-o" || arg == u"--output") {
            const auto v = value(arg);
            if (!v)
                return std::nullopt;
            options.output = *v;
        } else if (arg == u"--lang") {
            const auto v = value(arg);
            if (!v)
                return std::nullopt;
            if (*v == u"zh" || *v == u"zh_CN")
                options.language = Language::Chinese;
            else if (*v == u"en")
                options.language = Language::English;
            else {
                usageError(err, u"--lang takes zh or en, not \"%1\""_s.arg(*v));
                return std::nullopt;
            }
        } else if (arg == u"--case") {
            const auto v = value(arg);
            if (!v)
                return std::nullopt;
            options.casePath = *v;
        } else if (arg == u"--title") {
            const auto v = value(arg);
            if (!v)
                return std::nullopt;
            options.title = *v;
        } else if (arg == u"--catalog") {
            const auto v = value(arg);
            if (!v)
                return std::nullopt;
            options.catalogDirs.append(*v);
        } else if (arg == u"--no-charts") {
            options.charts = false;
        } else {
            usageError(err, u"unknown option \"%1\""_s.arg(arg));
            return std::nullopt;
        }
    }
    return options;
}

// Opens and indexes one log; returns the document, or nothing after naming the problem on `err`.
std::unique_ptr<LogDocument> openLog(const QString &path, QTextStream &err)
{
    auto document = std::make_unique<LogDocument>();
    QEventLoop loop;
    QString failure;
    QObject::connect(document.get(), &LogDocument::indexingFinished, &loop, &QEventLoop::quit);
    QObject::connect(document.get(), &LogDocument::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    if (!document->open(path)) {
        err << "logsage report: " << document->errorString() << '\n';
        return nullptr;
    }
    if (document->isIndexing())
        loop.exec();
    if (!failure.isEmpty()) {
        err << "logsage report: " << failure << '\n';
        return nullptr;
    }
    return document;
}

} // namespace

int runReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::optional<ReportOptions> parsed = parseOptions(arguments, err);
    if (!parsed)
        return 2;
    const ReportOptions &options = *parsed;
    if (options.help) {
        printUsage(out);
        return 0;
    }
    if (options.files.isEmpty())
        return usageError(err, u"name at least one log file"_s);
    if (options.output.isEmpty())
        return usageError(err, u"name the report file with -o OUT"_s);
    const std::optional<ReportFormat> format = ReportWriter::formatForPath(options.output);
    if (!format)
        return usageError(err, u"cannot tell the format of \"%1\": use .html, .pdf, .md, .json or .csv"_s.arg(options.output));

    const bool haveGui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    if (*format == ReportFormat::Pdf && !haveGui) {
        err << "logsage report: PDF reports need the graphical libraries, which this run did not start; "
               "write .html instead, or run logsage from a graphical session.\n";
        return 1;
    }

    const Language language = options.language.value_or(
        QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English);

    Catalog catalog = Catalog::bundled();
    for (const QString &dir : options.catalogDirs) {
        if (!QFileInfo(dir).isDir()) {
            err << "logsage report: the catalog folder " << QDir::toNativeSeparators(dir)
                << " does not exist; check the path given to --catalog.\n";
            return 1;
        }
        catalog.loadDirectory(dir);
    }

    std::vector<std::unique_ptr<LogDocument>> documents;
    ReportRequest request;
    for (const QString &path : options.files) {
        auto document = openLog(path, err);
        if (!document)
            return 1;
        request.documents.append(document.get());
        documents.push_back(std::move(document));
    }

    if (!options.casePath.isEmpty()) {
        QFile file(options.casePath);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "logsage report: cannot read the case " << QDir::toNativeSeparators(options.casePath) << " ("
                << file.errorString() << "); check the path given to --case.\n";
            return 1;
        }
        const CaseLoad loaded = Case::fromJson(file.readAll(), options.casePath);
        if (!loaded.ok()) {
            err << "logsage report: " << loaded.error << '\n';
            return 1;
        }
        if (!loaded.warning.isEmpty())
            err << "logsage report: " << loaded.warning << '\n';
        // A case knows its files by content: match them to the logs given by fingerprint, never by
        // name (two routers' log.log are different files), and say when a case file is not among them.
        QHash<QString, const LogDocument *> byFingerprint;
        for (const auto &document : documents) {
            const FileFingerprint print = fingerprintFile(document->path());
            if (print.ok())
                byFingerprint.insert(print.file.fingerprint, document.get());
        }
        const Case &reportCase = *loaded.value;
        for (const CaseFile &caseFile : reportCase.files()) {
            if (!byFingerprint.contains(caseFile.fingerprint))
                err << "logsage report: the case " << QDir::toNativeSeparators(options.casePath) << " was saved for "
                    << QDir::toNativeSeparators(caseFile.path)
                    << ", which is not among the logs given (or has changed since); its bookmarks in that file are listed without their lines.\n";
        }
        auto lineText = [&reportCase, &byFingerprint](const QString &path, quint64 line) {
            const LogDocument *document = byFingerprint.value(reportCase.fingerprintOf(path));
            return document && line < document->lineCount().value ? document->lineText(LineNumber(line)) : QString();
        };
        const CaseReportData data = CaseReportData::fromCase(*loaded.value, lineText);
        request.hasCase = true;
        request.steps = data.steps;
        request.bookmarks = data.bookmarks;
    }

    request.catalog = &catalog;
    request.language = language;
    request.title = options.title;
    request.charts = options.charts && haveGui;
    const ReportModel model = ReportBuilder::build(request);

    QString error;
    const QStringList written = ReportWriter::write(model, *format, options.output, &error);
    if (written.isEmpty()) {
        err << "logsage report: " << error << '\n';
        return 1;
    }
    for (const QString &path : written)
        out << QDir::toNativeSeparators(path) << '\n';
    return 0;
}

} // namespace LogSage::Cli
