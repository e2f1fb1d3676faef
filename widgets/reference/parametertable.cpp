#include "parametertable.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace LogSage {

ParameterTable::ParameterTable(const QStringList &headers, QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setHorizontalHeaderLabels(headers);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab goes on to the checklist: arrows move inside the table
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitRows();
}

void ParameterTable::addParameter(const QString &name, const QString &value, const QString &meaning)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, 0, new QTableWidgetItem(name));
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setItem(row, 1, valueItem);
    setItem(row, 2, new QTableWidgetItem(meaning));
    fitRows();
}

void ParameterTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitRows();
}

void ParameterTable::fitRows()
{
    // Measured here rather than with resizeRowsToContents(), which measures before the last
    // column is stretched to the table's width: the last column gets what the others leave.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    const int last = columnCount() - 1;
    int lastWidth = width() - 2 * frameWidth();
    for (int c = 0; c < last; ++c)
        lastWidth -= columnWidth(c);
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int r = 0; r < rowCount(); ++r) {
        int rowHeight = 0;
        for (int c = 0; c <= last; ++c) {
            const QTableWidgetItem *cell = item(r, c);
            if (!cell)
                continue;
            const int cellWidth = c == last ? std::max(lastWidth, columnWidth(c)) : columnWidth(c);
            // A little narrower than the cell: the delegate wraps a word earlier than the metrics do.
            const QRect room(0, 0, std::max(1, cellWidth - 4 * margin - 2), 1 << 20);
            rowHeight = std::max(rowHeight, QFontMetrics(cell->font()).boundingRect(room, Qt::TextWordWrap, cell->text()).height());
        }
        rowHeight += 2 * margin + 4;
        setRowHeight(r, rowHeight);
        height += rowHeight;
    }
    setFixedHeight(height);
}

} // namespace LogSage
