#include "catalogresultdelegate.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr int Margin = 4;

} // namespace

void CatalogResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The role's own text: displayText() would have turned the line breaks into separators.
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect area = opt.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics textMetrics(opt.font);
    int y = area.top();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QFont &font = i == 0 ? titleFont : opt.font;
        const QFontMetrics &metrics = i == 0 ? titleMetrics : textMetrics;
        painter->setFont(font);
        const QRect lineRect(area.left(), y, area.width(), metrics.height());
        painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(lines.at(i), Qt::ElideRight, area.width()));
        y += metrics.lineSpacing();
    }
    painter->restore();
}

QSize CatalogResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const qsizetype lineCount = index.data(Qt::DisplayRole).toString().count(u'\n') + 1;
    const int height = QFontMetrics(titleFont).lineSpacing() + int(lineCount - 1) * QFontMetrics(opt.font).lineSpacing();
    // A small width: the list then lays rows out at its own width and the text is elided to it.
    return {Margin * 2 + 1, height + Margin};
}

} // namespace LogSage
