#include "reportstyle.h"

#include "tunnelchartpalette.h"

using namespace Qt::StringLiterals;

namespace LogSage::ReportStyle {

QColor severityBackground(int severity)
{
    switch (severity) {
    case 0: case 1: case 2: return QColor(0xf4, 0xc7, 0xc7);
    case 3: return QColor(0xfb, 0xdc, 0xd5);
    case 4: return QColor(0xfd, 0xeb, 0xc8);
    case 5: return QColor(0xdd, 0xea, 0xf7);
    case 6: return QColor(0xe6, 0xee, 0xe9);
    case 7: return QColor(0xec, 0xec, 0xec);
    default: return QColor(Qt::transparent);
    }
}

QColor severityForeground(int severity)
{
    switch (severity) {
    case 0: case 1: case 2: return QColor(0x7a, 0x0c, 0x0c);
    case 3: return QColor(0x9b, 0x22, 0x10);
    case 4: return QColor(0x7a, 0x4a, 0x00);
    case 5: return QColor(0x1d, 0x4e, 0x89);
    case 6: return QColor(0x2f, 0x5d, 0x46);
    case 7: return QColor(0x4a, 0x4a, 0x4a);
    default: return QColor(0x22, 0x22, 0x22);
    }
}

QColor accent() { return QColor(0x1f, 0x4e, 0x79); }
QColor zebra() { return QColor(0xf3, 0xf6, 0xf9); }
QColor established() { return TunnelChartPalette::light().established; }
QColor tornDown() { return TunnelChartPalette::light().tornDown; }
QColor negotiationFailed() { return TunnelChartPalette::light().failed; }

QString cssFontFamilies()
{
    return u"\"Noto Sans\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", "
           "\"Microsoft YaHei\", system-ui, -apple-system, \"Segoe UI\", sans-serif"_s;
}

QString cjkFontFamily()
{
    return u"Noto Sans CJK SC"_s;
}

QFont reportFont(qreal pointSize, bool bold)
{
    QFont font;
    // WenQuanYi Micro Hei first for Chinese: it has no Kangxi radical code points. Noto Sans CJK
    // draws 日 and the radical ⽇ with one glyph, and Qt's PDF writer names a shared glyph by its
    // lowest code point, so text copied or searched in the PDF would read ⽇志 instead of 日志.
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans"_s, u"Arial"_s, u"WenQuanYi Micro Hei"_s, cjkFontFamily(),
                      u"Microsoft YaHei"_s, u"PingFang SC"_s});
    if (pointSize > 0)
        font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace LogSage::ReportStyle
