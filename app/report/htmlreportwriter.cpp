#include "htmlreportwriter.h"

#include "reportescape.h"
#include "reportlayout.h"
#include "reportstyle.h"


using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString e(const QString &text)
{
    return ReportEscape::html(text);
}

QString css()
{
    QString s = uR"(
*{box-sizing:border-box}
body{margin:0;background:#eef1f4;color:#222;font:14px/1.45 %FONTS%}
main{max-width:1100px;margin:0 auto;background:#fff;padding:0 0 24px}
header.title{background:%ACCENT%;color:#fff;padding:24px 28px 18px}
header.title h1{margin:0 0 8px;font-size:26px;font-weight:600}
header.title ul{list-style:none;margin:0;padding:0;font-size:13px;opacity:.92}
header.title li{margin:2px 0;overflow-wrap:anywhere}
.warning{margin:16px 28px 0;padding:10px 14px;border-left:4px solid #d0452b;background:#fbdcd5}
.figures{display:flex;flex-wrap:wrap;gap:12px;padding:18px 28px 4px}
.figure{flex:1 1 150px;border:1px solid #d8dee6;border-radius:6px;padding:10px 14px;background:#fafbfc}
.figure .label{font-size:12px;color:#5a6570;text-transform:uppercase;letter-spacing:.03em}
.figure .value{font-size:20px;font-weight:600;margin-top:2px}
section{padding:6px 28px 4px}
h2{color:%ACCENT%;font-size:19px;margin:22px 0 8px;padding-bottom:4px;border-bottom:2px solid %ACCENT%}
h3{font-size:15px;margin:16px 0 6px;color:#333}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0 14px}
table.compact{width:auto;min-width:50%}
th{background:%ACCENT%;color:#fff;text-align:left;font-weight:600;padding:6px 8px;white-space:nowrap}
th.num{text-align:right}
td{padding:5px 8px;border-bottom:1px solid #e3e7ec;vertical-align:top;overflow-wrap:anywhere}
tbody tr:nth-child(even) td{background:%ZEBRA%}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.code,td .code,code{font-family:"Noto Sans Mono",Consolas,"DejaVu Sans Mono",monospace;font-size:12px}
code{background:#eef1f4;border:1px solid #dde3ea;border-radius:3px;padding:0 3px;white-space:nowrap}
figure{margin:12px 0;text-align:center}
figure img{max-width:100%;height:auto;border:1px solid #d8dee6;border-radius:4px}
figcaption{font-size:12px;color:#5a6570;margin-top:4px}
footer{padding:12px 28px 0;color:#6b7680;font-size:12px;border-top:1px solid #e3e7ec;margin:18px 28px 0}
@media (max-width:640px){
 body{font-size:13px}
 header.title{padding:16px 14px 12px}
 header.title h1{font-size:20px}
 .figures,section{padding-left:12px;padding-right:12px}
 .figure{flex:1 1 40%}
 .warning,footer{margin-left:12px;margin-right:12px}
 .scroll>table:not(.compact){min-width:640px}
}
@media print{
 body{background:#fff;font-size:11px}
 main{max-width:none;padding:0}
 header.title,th,td[class*="sev"],.figure{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .scroll{overflow:visible}
 h2{break-after:avoid}
 tr,figure,.figure{break-inside:avoid}
 thead{display:table-header-group}
}
)"_s;
    for (int severity = 0; severity < 8; ++severity)
        s += u"td.sev%1,.figure.sev%1 .value{background:%2;color:%3}\n"_s.arg(severity)
                 .arg(ReportStyle::severityBackground(severity).name(), ReportStyle::severityForeground(severity).name());
    s += u".figure.sev3 .value,.figure.sev4 .value{background:none}\n"_s;
    s.replace(u"%FONTS%"_s, ReportStyle::cssFontFamilies());
    s.replace(u"%ACCENT%"_s, ReportStyle::accent().name());
    s.replace(u"%ZEBRA%"_s, ReportStyle::zebra().name());
    return s;
}

QString cellClass(const ReportCell &cell)
{
    QStringList classes;
    if (cell.kind == ReportCell::Kind::Number)
        classes.append(u"num"_s);
    else if (cell.kind == ReportCell::Kind::Code)
        classes.append(u"code"_s);
    if (cell.severity >= 0 && cell.severity < 8)
        classes.append(u"sev"_s + QString::number(cell.severity));
    return classes.isEmpty() ? QString() : u" class=\""_s + classes.join(u' ') + u'"';
}

// A step's commands as <code>, the rest as text; every part escaped.
QString cellText(const ReportCell &cell)
{
    if (cell.kind != ReportCell::Kind::Step)
        return e(cell.text);
    const QStringList parts = splitCommands(cell.text);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i)
        out += i % 2 == 1 ? u"<code>"_s + e(parts.at(i)) + u"</code>"_s : e(parts.at(i));
    return out;
}

QString table(const ReportTable &t)
{
    QString out;
    if (!t.caption.isEmpty())
        out += u"<h3>"_s + e(t.caption) + u"</h3>\n"_s;
    out += t.compact ? u"<div class=\"scroll\"><table class=\"compact\">\n<thead><tr>"_s
                     : u"<div class=\"scroll\"><table>\n<thead><tr>"_s;
    for (qsizetype i = 0; i < t.headers.size(); ++i)
        out += u"<th"_s + (t.isNumeric(i) ? u" class=\"num\""_s : QString())
             + (t.widths.value(i) > 0 ? u" style=\"width:%1%\""_s.arg(t.widths.at(i)) : QString()) + u'>' + e(t.headers.at(i)) + u"</th>"_s;
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (const QList<ReportCell> &row : t.rows) {
        out += u"<tr>"_s;
        for (const ReportCell &cell : row)
            out += u"<td"_s + cellClass(cell) + u'>' + cellText(cell) + u"</td>"_s;
        out += u"</tr>\n"_s;
    }
    out += u"</tbody></table></div>\n"_s;
    return out;
}


} // namespace

QByteArray HtmlReportWriter::render(const ReportModel &model)
{
    const ReportDocument doc = ReportLayout::layout(model);
    const QString lang = model.language == Language::Chinese ? u"zh-CN"_s : u"en"_s;
    QString out;
    out += u"<!DOCTYPE html>\n<html lang=\""_s + lang + u"\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    out += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n"_s;
    out += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    out += u"<meta name=\"generator\" content=\"LogSage "_s + e(model.version) + u"\">\n"_s;
    out += u"<title>"_s + e(doc.title) + u"</title>\n<style>"_s + css() + u"</style>\n</head>\n<body>\n<main>\n"_s;

    out += u"<header class=\"title\">\n<h1>"_s + e(doc.title) + u"</h1>\n<ul>\n"_s;
    for (const QString &line : doc.meta)
        out += u"<li>"_s + e(line) + u"</li>\n"_s;
    out += u"</ul>\n</header>\n"_s;
    if (!doc.warning.isEmpty())
        out += u"<p class=\"warning\">"_s + e(doc.warning) + u"</p>\n"_s;

    out += u"<div class=\"figures\">\n"_s;
    for (const ReportFigure &f : doc.figures) {
        const QString cls = f.severity >= 0 ? u" sev"_s + QString::number(f.severity) : QString();
        out += u"<div class=\"figure"_s + cls + u"\"><div class=\"label\">"_s + e(f.label)
             + u"</div><div class=\"value\">"_s + e(f.value) + u"</div></div>\n"_s;
    }
    out += u"</div>\n"_s;

    for (const ReportSection &section : doc.sections) {
        out += u"<section id=\""_s + e(section.anchor) + u"\">\n<h2>"_s + e(section.title) + u"</h2>\n"_s;
        for (const QString &p : section.paragraphs)
            out += u"<p>"_s + e(p) + u"</p>\n"_s;
        for (const ReportTable &t : section.tables)
            out += table(t);
        for (qsizetype index : section.charts) {
            const ReportChart &chart = model.charts.at(index);
            if (chart.image.isNull())
                continue;
            out += u"<figure><img alt=\""_s + e(chart.title) + u"\" width=\""_s + QString::number(qRound(chart.image.deviceIndependentSize().width()))
                 + u"\" height=\""_s + QString::number(qRound(chart.image.deviceIndependentSize().height())) + u"\" src=\""_s + chart.pngDataUri()
                 + u"\"><figcaption>"_s + e(chart.title) + u"</figcaption></figure>\n"_s;
        }
        out += u"</section>\n"_s;
    }
    out += u"<footer>"_s + e(doc.footer) + u"</footer>\n</main>\n</body>\n</html>\n"_s;
    return out.toUtf8();
}

} // namespace LogSage
