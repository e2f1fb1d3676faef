#include "reportescape.h"

using namespace Qt::StringLiterals;

namespace LogSage::ReportEscape {

namespace {

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
        || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

QString html(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\'': out += u"&#39;"_s; break;
        case u'=': out += u"&#61;"_s; break;
        case u':':
            if (i > 0 && isAsciiLetter(text.at(i - 1)))
                out += u"&#58;"_s;
            else
                out += c;
            break;
        default:
            out += isControl(c) ? QChar(u' ') : c;
        }
    }
    return out;
}

QString markdown(QStringView text)
{
    static const QString special = u"\\`*_{}[]()#!|<>~&$@"_s;
    // At the start of a line these begin a list, a heading or a setext underline.
    static const QString specialAtStart = u"-+="_s;
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isControl(c)) {
            out += u' ';
        } else if (special.contains(c) || (i == 0 && specialAtStart.contains(c)) || (c == u':' && i > 0 && isAsciiLetter(text.at(i - 1)) && text.sliced(i + 1).startsWith(u'/'))
                   || (c == u'.' && i >= 3 && text.sliced(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0)) {
            out += u'\\';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

QString csv(QStringView text)
{
    QString value = text.toString();
    // Spreadsheets skip leading spaces before they look for a formula.
    qsizetype start = 0;
    while (start < value.size() && value.at(start) == u' ')
        ++start;
    if (start < value.size()) {
        const QChar first = value.at(start);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            value.prepend(u'\'');
    }
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

} // namespace LogSage::ReportEscape
