#include "pdfreportwriter.h"

#include "pdfpagelayout.h"
#include "reportescape.h"
#include "reportlayout.h"
#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr int resolution = 300;
constexpr double footerMillimetres = 9;
constexpr int chartWidth = 640; // CSS pixels; the text area of A4 with 15 mm margins is ~680

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::PdfReportWriter)
public:
    static QString cannotWrite(const QString &path, const QString &reason)
    {
        return tr("Could not write the PDF report %1 (%2); choose a folder you can write to.")
            .arg(QDir::toNativeSeparators(path), reason);
    }
    static QString noChineseFont(const QString &path)
    {
        return tr("Could not write the PDF report %1: this computer has no font with Chinese characters. Install one "
                  "(on Debian or Ubuntu, the package fonts-noto-cjk), or export the report in English or as HTML.")
            .arg(QDir::toNativeSeparators(path));
    }
};

QString e(const QString &text)
{
    return ReportEscape::html(text);
}

QString styleSheet()
{
    QString s = u"body { color: #222222; }"
                " h1 { font-size: 20pt; font-weight: 600; color: #ffffff; margin: 0; }"
                // Margins in px (1/96 in): the rich-text engine ignores them in pt.
                " h2 { font-size: 14pt; font-weight: 600; color: %ACCENT%; margin-top: 18px; margin-bottom: 5px; }"
                " h3 { font-size: 10pt; font-weight: 600; color: #333333; margin-top: 12px; margin-bottom: 3px; }"
                " p { margin-top: 2px; margin-bottom: 5px; }"
                " th { background-color: %ACCENT%; color: #ffffff; font-weight: 600; text-align: left; }"
                " td.num { text-align: right; }"
                " .code { font-family: 'Noto Sans Mono CJK SC', 'Noto Sans Mono', monospace; font-size: 7.5pt; }"
                " .command { font-family: 'Noto Sans Mono CJK SC', 'Noto Sans Mono', monospace; font-size: 7.5pt;"
                " background-color: #eef1f4; color: #1f4e79; }"
                " .meta { color: #e8eef5; font-size: 8.5pt; }"
                " .figlabel { color: #5a6570; font-size: 7.5pt; }"
                " .figvalue { font-size: 12pt; font-weight: 600; }"
                " .warning { background-color: #fbdcd5; }"
                " .footer { color: #6b7680; font-size: 8pt; }"_s;
    s.replace(u"%ACCENT%"_s, ReportStyle::accent().name());
    return s;
}

QString table(const ReportTable &t)
{
    QString out;
    if (!t.caption.isEmpty())
        out += u"<h3>"_s + e(t.caption) + u"</h3>"_s;
    // Wide tables (the tunnel table) get a smaller font so their columns keep whole words;
    // short ones stay as wide as their content.
    const QString size = t.headers.size() > 8 ? u"7pt"_s : u"8pt"_s;
    out += u"<table"_s + (t.compact ? QString() : u" width=\"100%\""_s)
         + u" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse; margin-bottom: 8pt; font-size: "_s
         + size + u";\"><thead><tr>"_s;
    for (qsizetype i = 0; i < t.headers.size(); ++i)
        out += u"<th"_s + (t.isNumeric(i) ? u" align=\"right\""_s : QString())
             + (t.widths.value(i) > 0 ? u" width=\"%1%\""_s.arg(t.widths.at(i)) : QString()) + u'>' + e(t.headers.at(i))
             + (t.compact ? u"&nbsp;&nbsp;&nbsp;</th>"_s : u"</th>"_s);
    out += u"</tr></thead>"_s;
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QString zebra = r % 2 == 1 ? u" bgcolor=\""_s + ReportStyle::zebra().name() + u'"' : QString();
        out += u"<tr"_s + zebra + u'>';
        for (const ReportCell &cell : t.rows.at(r)) {
            QString attributes;
            if (cell.kind == ReportCell::Kind::Number)
                attributes += u" class=\"num\" align=\"right\""_s;
            if (cell.severity >= 0 && cell.severity < 8)
                attributes += u" bgcolor=\""_s + ReportStyle::severityBackground(cell.severity).name() + u'"';
            QString content;
            if (cell.kind == ReportCell::Kind::Step) {
                const QStringList parts = splitCommands(cell.text);
                for (qsizetype i = 0; i < parts.size(); ++i)
                    content += i % 2 == 1 ? u"<span class=\"command\">"_s + e(parts.at(i)) + u"</span>"_s : e(parts.at(i));
            } else {
                content = e(cell.text);
            }
            if (cell.severity >= 0 && cell.severity < 8)
                content = u"<span style=\"color: "_s + ReportStyle::severityForeground(cell.severity).name() + u";\">"_s + content + u"</span>"_s;
            if (cell.kind == ReportCell::Kind::Code)
                content = u"<span class=\"code\">"_s + content + u"</span>"_s;
            out += u"<td"_s + attributes + u'>' + content + u"</td>"_s;
        }
        out += u"</tr>"_s;
    }
    return out + u"</table>"_s;
}

QString figures(const ReportDocument &doc)
{
    // Four figures a row, as bordered cells.
    QString out = u"<table width=\"100%\" cellspacing=\"4\" cellpadding=\"5\" style=\"margin-top: 8pt;\">"_s;
    for (qsizetype i = 0; i < doc.figures.size(); ++i) {
        if (i % 4 == 0)
            out += u"<tr>"_s;
        const ReportFigure &f = doc.figures.at(i);
        const QString color = f.severity >= 0 ? ReportStyle::severityForeground(f.severity).name() : u"#222222"_s;
        out += u"<td width=\"25%\" bgcolor=\"#f3f6f9\"><span class=\"figlabel\">"_s + e(f.label)
             + u"</span><br><span class=\"figvalue\" style=\"color: "_s + color + u";\">"_s + e(f.value) + u"</span></td>"_s;
        if (i % 4 == 3 || i == doc.figures.size() - 1)
            out += u"</tr>"_s;
    }
    return out + u"</table>"_s;
}

} // namespace

QString PdfReportWriter::richText(const ReportModel &model)
{
    const ReportDocument doc = ReportLayout::layout(model);
    QString out = u"<html><body>"_s;
    out += u"<table width=\"100%\" cellpadding=\"10\" cellspacing=\"0\" bgcolor=\""_s + ReportStyle::accent().name()
         + u"\"><tr><td><h1>"_s + e(doc.title) + u"</h1>"_s;
    for (const QString &line : doc.meta)
        out += u"<span class=\"meta\">"_s + e(line) + u"</span><br>"_s;
    out += u"</td></tr></table>"_s;
    if (!doc.warning.isEmpty())
        out += u"<p class=\"warning\">"_s + e(doc.warning) + u"</p>"_s;
    out += figures(doc);
    for (const ReportSection &section : doc.sections) {
        out += u"<h2>"_s + e(section.title) + u"</h2>"_s;
        for (const QString &p : section.paragraphs)
            out += u"<p>"_s + e(p) + u"</p>"_s;
        for (const ReportTable &t : section.tables)
            out += table(t);
        for (qsizetype index : section.charts) {
            const ReportChart &chart = model.charts.at(index);
            if (chart.image.isNull())
                continue;
            const QSizeF size = chart.image.deviceIndependentSize();
            const int height = qRound(size.height() * chartWidth / qMax(1.0, size.width()));
            out += u"<p align=\"center\"><img src=\"logsage-chart-"_s + QString::number(index) + u"\" width=\""_s
                 + QString::number(chartWidth) + u"\" height=\""_s + QString::number(height) + u"\"><br><span class=\"footer\">"_s
                 + e(chart.title) + u"</span></p>"_s;
        }
    }
    return out + u"</body></html>"_s;
}

QString PdfReportWriter::missingChineseFont(const QFont &font, const QString &path)
{
    constexpr char32_t day = 0x65E5; // 日, in every Chinese font
    return QFontMetrics(font).inFontUcs4(day) ? QString() : Tr::noChineseFont(path);
}

QString PdfReportWriter::write(const ReportModel &model, const QString &path)
{
    // Without Chinese glyphs the PDF would show boxes: say so instead of writing it.
    if (model.language == Language::Chinese) {
        if (const QString problem = missingChineseFont(ReportStyle::reportFont(8.5), path); !problem.isEmpty())
            return problem;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::cannotWrite(path, file.errorString());

    const ReportDocument doc = ReportLayout::layout(model);
    QPdfWriter pdf(&file);
    pdf.setResolution(resolution);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter);
    pdf.setTitle(doc.title);
    pdf.setCreator(u"LogSage "_s + model.version);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&pdf);
    text.setDefaultFont(ReportStyle::reportFont(8.5));
    text.setDefaultStyleSheet(styleSheet());
    text.setDocumentMargin(0);
    for (qsizetype i = 0; i < model.charts.size(); ++i)
        text.addResource(QTextDocument::ImageResource, QUrl(u"logsage-chart-"_s + QString::number(i)),
                         QVariant(model.charts.at(i).image));
    text.setHtml(richText(model));

    const QRectF paint = pdf.pageLayout().paintRectPixels(resolution);
    const qreal footer = footerMillimetres / 25.4 * resolution;
    const QSizeF body(paint.width(), paint.height() - footer);
    text.setPageSize(body);
    // Room for a heading's first rows: about three table rows of the body font.
    PdfPageLayout::keepHeadingsWithContent(text, 3 * 1.6 * QFontMetricsF(text.defaultFont(), &pdf).lineSpacing());
    const int pages = text.pageCount();

    QPainter painter;
    if (!painter.begin(&pdf))
        return Tr::cannotWrite(path, file.errorString());
    const QFont footerFont = ReportStyle::reportFont(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
        painter.setClipRect(context.clip);
        text.documentLayout()->draw(&painter, context);
        painter.restore();

        const QRectF footerRect(0, body.height(), body.width(), footer);
        painter.setPen(QPen(QColor(0xd8, 0xde, 0xe6), resolution / 150.0));
        painter.drawLine(footerRect.topLeft() + QPointF(0, footer * 0.3), footerRect.topRight() + QPointF(0, footer * 0.3));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x6b, 0x76, 0x80));
        const QRectF textRect = footerRect.adjusted(0, footer * 0.35, 0, 0);
        const QString pageNumber = doc.pageNumber.arg(QString::number(page + 1), QString::number(pages));
        // A long title is cut short rather than run into the page number.
        const QFontMetricsF metrics(footerFont, &pdf);
        const qreal left = textRect.width() - metrics.horizontalAdvance(pageNumber) - 4 * metrics.averageCharWidth();
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, PdfPageLayout::footerText(doc.title, doc.footer, metrics, left));
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, pageNumber);
    }
    painter.end();
    if (!file.commit())
        return Tr::cannotWrite(path, file.errorString());
    return {};
}

} // namespace LogSage
