#include "markdownreportwriter.h"

#include "reportescape.h"
#include "reportlayout.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString e(const QString &text)
{
    return ReportEscape::markdown(text);
}

// A step's commands as code spans when they are plain CLI words; anything else stays escaped text,
// so that no markup character reaches the file unescaped, even inside a code span.
QString cellText(const ReportCell &cell)
{
    if (cell.kind != ReportCell::Kind::Step)
        return e(cell.text);
    static const QRegularExpression plainCommand(u"^[A-Za-z0-9][A-Za-z0-9 ._/-]*$"_s);
    const QStringList parts = splitCommands(cell.text);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i % 2 == 0)
            out += e(parts.at(i));
        else if (plainCommand.match(parts.at(i)).hasMatch())
            out += u'`' + parts.at(i) + u'`';
        else
            out += e(u'`' + parts.at(i) + u'`');
    }
    return out;
}

QString table(const ReportTable &t)
{
    QString out;
    if (!t.caption.isEmpty())
        out += u"### "_s + e(t.caption) + u"\n\n"_s;
    out += u'|';
    for (const QString &h : t.headers)
        out += u' ' + e(h) + u" |"_s;
    out += u"\n|"_s;
    for (qsizetype i = 0; i < t.headers.size(); ++i) {
        const bool numeric = !t.rows.isEmpty() && t.rows.first().value(i).kind == ReportCell::Kind::Number;
        out += numeric ? u" ---: |"_s : u" --- |"_s;
    }
    out += u'\n';
    for (const QList<ReportCell> &row : t.rows) {
        out += u'|';
        for (const ReportCell &cell : row)
            out += u' ' + cellText(cell) + u" |"_s;
        out += u'\n';
    }
    return out + u'\n';
}

} // namespace

QByteArray MarkdownReportWriter::render(const ReportModel &model)
{
    const ReportDocument doc = ReportLayout::layout(model);
    QString out = u"# "_s + e(doc.title) + u"\n\n"_s;
    for (const QString &line : doc.meta)
        out += u"- "_s + e(line) + u'\n';
    out += u'\n';
    if (!doc.warning.isEmpty())
        out += u"> **"_s + e(doc.warning) + u"**\n\n"_s;
    for (const ReportFigure &f : doc.figures)
        out += u"- **"_s + e(f.label) + u"**: "_s + e(f.value) + u'\n';
    out += u'\n';
    for (const ReportSection &section : doc.sections) {
        out += u"## "_s + e(section.title) + u"\n\n"_s;
        for (const QString &p : section.paragraphs)
            out += e(p) + u"\n\n"_s;
        for (const ReportTable &t : section.tables)
            out += table(t);
        if (!section.charts.isEmpty())
            out += e(doc.chartsElsewhere) + u"\n\n"_s;
    }
    out += u"---\n\n"_s + e(doc.footer) + u'\n';
    return out.toUtf8();
}

} // namespace LogSage
