#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace LogSage {

/// The colours and fonts every report format shares, so HTML, PDF and charts agree.
namespace ReportStyle {

QColor severityBackground(int severity); ///< a light tint for a cell of this severity
QColor severityForeground(int severity); ///< readable text on that tint
QColor accent();                         ///< title band and headings
QColor zebra();                          ///< every other table row
QColor established();                    ///< chart: tunnel established
QColor tornDown();                       ///< chart: tunnel torn down
QColor negotiationFailed();              ///< chart: IKE negotiation failed
/// CSS font-family list with CJK fallbacks.
QString cssFontFamilies();
/// The font family with Chinese glyphs, for PDF and charts.
QString cjkFontFamily();
/// The font for PDF and charts: a Latin family first (its digits survive PDF text extraction;
/// the CJK font's proportional digits do not), then the CJK family for Chinese.
QFont reportFont(qreal pointSize, bool bold = false);

} // namespace ReportStyle

} // namespace LogSage
