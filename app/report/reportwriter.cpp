#include "reportwriter.h"

#include "csvreportwriter.h"
#include "htmlreportwriter.h"
#include "jsonreportwriter.h"
#include "markdownreportwriter.h"
#include "pdfreportwriter.h"
#include "reportmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return ReportWriter::tr("Could not write the report %1 (%2); choose a folder you can write to.")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

} // namespace

std::optional<ReportFormat> ReportWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return ReportFormat::Html;
    if (suffix == u"pdf")
        return ReportFormat::Pdf;
    if (suffix == u"md" || suffix == u"markdown")
        return ReportFormat::Markdown;
    if (suffix == u"json")
        return ReportFormat::Json;
    if (suffix == u"csv")
        return ReportFormat::Csv;
    return std::nullopt;
}

QString ReportWriter::extension(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return u"html"_s;
    case ReportFormat::Pdf: return u"pdf"_s;
    case ReportFormat::Markdown: return u"md"_s;
    case ReportFormat::Json: return u"json"_s;
    case ReportFormat::Csv: return u"csv"_s;
    }
    return {};
}

QString ReportWriter::tunnelEventsPath(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + u"-tunnel-events.csv"_s);
}

QStringList ReportWriter::write(const ReportModel &model, ReportFormat format, const QString &path, QString *error)
{
    QString message;
    QStringList written{path};
    switch (format) {
    case ReportFormat::Html: message = saveBytes(path, HtmlReportWriter::render(model)); break;
    case ReportFormat::Pdf: message = PdfReportWriter::write(model, path); break;
    case ReportFormat::Markdown: message = saveBytes(path, MarkdownReportWriter::render(model)); break;
    case ReportFormat::Json: message = saveBytes(path, JsonReportWriter::render(model)); break;
    case ReportFormat::Csv:
        message = saveBytes(path, CsvReportWriter::messageCounts(model));
        if (message.isEmpty()) {
            written.append(tunnelEventsPath(path));
            message = saveBytes(written.last(), CsvReportWriter::tunnelEvents(model));
        }
        break;
    }
    if (error)
        *error = message;
    return message.isEmpty() ? written : QStringList();
}

} // namespace LogSage
