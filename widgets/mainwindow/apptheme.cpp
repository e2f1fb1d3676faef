#include "apptheme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe3, 0xe5, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x8e, 0x94));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x6e, 0x74));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x6e, 0x74));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x6e, 0x74));
    return p;
}

} // namespace

bool AppTheme::apply(Mode mode)
{
    bool dark = false;
    switch (mode) {
    case System:
        dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
        break;
    case Light:
        break;
    case Dark:
        dark = true;
        break;
    }
    // Fusion draws our palettes faithfully on every platform.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    return dark;
}

bool AppTheme::isDark()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

AppTheme::Mode AppTheme::saved()
{
    return Mode(QSettings().value(u"theme"_s, int(System)).toInt());
}

void AppTheme::save(Mode mode)
{
    QSettings().setValue(u"theme"_s, int(mode));
}

} // namespace LogSage
