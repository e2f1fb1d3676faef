#pragma once

#include <QColor>

class QPalette;

namespace LogSage {

/// The colours of the tunnel charts, chosen to read well on a light or a dark background: the
/// Tunnels dock, its exported images and the report's charts (light) share them.
struct TunnelChartPalette {
    QColor background;
    QColor plotBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisLine;
    QColor established;
    QColor tornDown;
    QColor failed;
    QColor up;
    QColor down;
    QColor unknown; ///< lane time whose state no event tells
    QColor selection;

    static TunnelChartPalette light();
    static TunnelChartPalette dark();
    static TunnelChartPalette forDark(bool dark) { return dark ? TunnelChartPalette::dark() : light(); }
    /// True when a widget palette has a dark window background.
    static bool isDark(const QPalette &palette);
};

} // namespace LogSage
