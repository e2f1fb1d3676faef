#pragma once

#include <QStyledItemDelegate>

namespace LogSage {

/// Paints a catalog search result as two lines: the message ID in bold, then its one-line
/// summary elided to the view's width (fragments in italics). Rows take the view's width, so a
/// long summary never needs a horizontal scroll bar.
class CatalogResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace LogSage
