#include "pdfpagelayout.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

using namespace Qt::StringLiterals;

namespace LogSage::PdfPageLayout {

namespace {

bool isHeading(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() >= 2 && !QTextCursor(block).currentTable();
}

} // namespace

void keepHeadingsWithContent(QTextDocument &document, qreal room)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block))
            continue;
        QTextBlock last = block;
        while (last.next().isValid() && isHeading(last.next()))
            last = last.next();
        const QRectF first = layout->blockBoundingRect(block);
        const QRectF end = layout->blockBoundingRect(last);
        const qreal pageBottom = (std::floor(first.top() / pageHeight) + 1) * pageHeight;
        const bool atPageTop = std::fmod(first.top(), pageHeight) < 1;
        if (!atPageTop && pageBottom - end.bottom() < room) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            // What follows moved: lay it out again from scratch, or tables after it keep their
            // old places (for drawing and for the next headings).
            document.markContentsDirty(0, document.characterCount());
        }
        block = last;
    }
}

QString footerText(const QString &title, const QString &suffix, const QFontMetricsF &metrics, qreal width)
{
    const QString separator = u" \u00b7 "_s;
    const qreal titleRoom = width - metrics.horizontalAdvance(separator + suffix);
    if (titleRoom <= metrics.horizontalAdvance(u"\u2026"_s))
        return metrics.elidedText(suffix, Qt::ElideRight, width);
    return metrics.elidedText(title, Qt::ElideRight, titleRoom) + separator + suffix;
}

} // namespace LogSage::PdfPageLayout
