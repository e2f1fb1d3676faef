#include "bilingualcolumns.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr int Spacing = 12;

/// A word-wrapped label that takes its share of the row by stretch, whatever its text: the two
/// columns get the same width in every row.
QLabel *columnLabel(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHorizontalStretch(1);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

} // namespace

BilingualColumns::BilingualColumns(const QWidget &leading, const QWidget &trailing)
    : m_leading(std::max(leading.sizeHint().width(), leading.fontMetrics().horizontalAdvance(u"99."_s)))
    , m_trailing(trailing.sizeHint().width())
{
}

QWidget *BilingualColumns::row(const QString &objectName, const std::function<QString(Language)> &html,
                               QWidget *leading, QWidget *trailing) const
{
    auto *row = new QWidget;
    row->setObjectName(objectName);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing);
    auto gutter = [row](QWidget *widget, int width) {
        if (!widget) {
            widget = new QWidget(row);
            widget->setFixedHeight(0);
        }
        widget->setFixedWidth(width);
        return widget;
    };
    layout->addWidget(gutter(leading, m_leading), 0, Qt::AlignTop);
    const std::pair<Language, QString> columns[] = {{Language::Chinese, u"Zh"_s}, {Language::English, u"En"_s}};
    for (const auto &[language, suffix] : columns) {
        QLabel *label = columnLabel(html(language), row);
        label->setObjectName(objectName + suffix);
        layout->addWidget(label, 1);
    }
    layout->addWidget(gutter(trailing, m_trailing), 0, Qt::AlignTop);
    return row;
}

QWidget *BilingualColumns::heads(const QString &objectName) const
{
    // The languages' own names, as in View > Language: they name the text below, not the interface.
    return row(objectName, [](Language language) {
        return u"<small><b>%1</b></small>"_s.arg(language == Language::Chinese ? u"中文"_s : u"English"_s);
    });
}

QLabel *BilingualColumns::spanning(const QString &html) const
{
    QLabel *label = columnLabel(html, nullptr);
    label->setContentsMargins(textIndent(), 0, 0, 0);
    return label;
}

int BilingualColumns::textIndent() const
{
    return m_leading + Spacing;
}

} // namespace LogSage
