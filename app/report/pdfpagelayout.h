#pragma once

#include <QFontMetricsF>
#include <QString>

class QTextDocument;

namespace LogSage {

/// Where things go on the PDF report's pages, apart from drawing them.
namespace PdfPageLayout {

/// Starts a new page before each heading (h2/h3, outside tables) that would end less than `room`
/// above the bottom of its page, so that a heading is never left without the rows below it.
/// A run of headings moves as one. `document` must have its page size set.
void keepHeadingsWithContent(QTextDocument &document, qreal room);

/// The footer's left part, "title · suffix", with the title elided so that the text fits in
/// `width` (the page number takes the rest of the line).
QString footerText(const QString &title, const QString &suffix, const QFontMetricsF &metrics, qreal width);

} // namespace PdfPageLayout

} // namespace LogSage
