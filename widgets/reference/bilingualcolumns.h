#pragma once

#include "catalogentry.h"

#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace LogSage {

/// Rows of reference text in two columns, Chinese left and English right, of equal width between
/// two fixed gutters (a checkbox or number before, a button after), so that the columns of every
/// row line up and each row is as tall as its longer text.
class BilingualColumns
{
public:
    /// Gutters as wide as `leading` and `trailing` want, and wide enough for a number up to 99.
    BilingualColumns(const QWidget &leading, const QWidget &trailing);

    /// A row of `html(Chinese)` | `html(English)`; the labels are named objectName + "Zh" / "En".
    /// `leading` and `trailing` (may be null: empty gutters) are sized to the gutters. Not parented:
    /// the layout it is added to adopts it.
    QWidget *row(const QString &objectName, const std::function<QString(Language)> &html, QWidget *leading = nullptr,
                 QWidget *trailing = nullptr) const;
    /// The languages' own names above the columns ("中文", "English").
    QWidget *heads(const QString &objectName) const;
    /// A label starting where the Chinese column starts and spanning both columns.
    QLabel *spanning(const QString &html) const;
    /// How far from a row's left edge the Chinese column starts.
    int textIndent() const;

private:
    int m_leading = 0;
    int m_trailing = 0;
};

} // namespace LogSage
