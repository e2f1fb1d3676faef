#include "logview.h"

#include "linesource.h"
#include "loghighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {
// A 10 MB line is painted from its start only; the rest is reachable through copy.
constexpr qsizetype MaxPaintedChars = 4096;
constexpr int ScrollBarMax = 1 << 30;
constexpr int MarkerWidth = 6;
}

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_highlighter(std::make_unique<LogHighlighter>())
{
    setObjectName(u"logView"_s);
    setAccessibleName(tr("Log lines"));
    setFocusPolicy(Qt::StrongFocus);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    viewport()->setCursor(Qt::IBeamCursor);
    setDarkTheme(palette().color(QPalette::Base).lightness() < 128);
    setUpSearch();
}

LogView::~LogView()
{
    // Nobody is told about a search that ends with the view; the worker is waited for.
    disconnect(m_search.get(), nullptr, this, nullptr);
    m_search.reset();
}

void LogView::setLineSource(LineSource *source)
{
    stopSearch(); // its rows are about to change meaning
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_firstRow = m_currentRow = m_anchorRow = 0;
    m_maxTextWidth = 0;
    if (source) {
        connect(source, &LineSource::rowsAppended, this, [this] {
            updateScrollBars();
            viewport()->update();
        });
        connect(source, &LineSource::rowsReset, this, [this] {
            stopSearch();
            m_firstRow = m_currentRow = m_anchorRow = 0;
            updateScrollBars();
            viewport()->update();
        });
    }
    updateScrollBars();
    viewport()->update();
}

void LogView::setRecognizedTypes(const QBitArray &types)
{
    m_recognized = types;
    viewport()->update();
}

void LogView::setDarkTheme(bool dark)
{
    m_highlighter->setDarkTheme(dark);
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Base, m_highlighter->backgroundColor());
    pal.setColor(QPalette::Text, m_highlighter->textColor());
    viewport()->setPalette(pal);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->update();
}

std::optional<LineNumber> LogView::currentLine() const
{
    if (!m_source || m_source->rowCount() == 0)
        return std::nullopt;
    return m_source->originalLine(std::min(m_currentRow, m_source->rowCount() - 1));
}

void LogView::setCurrentRow(quint64 row)
{
    if (!m_source || m_source->rowCount() == 0)
        return;
    row = std::min(row, m_source->rowCount() - 1);
    m_anchorRow = row;
    m_currentRow = row;
    ensureVisible(row);
    viewport()->update();
    // Emitted even when the row stays: a click on the current line re-shows its reference.
    Q_EMIT currentLineChanged(m_source->originalLine(row));
}

void LogView::setCurrentLine(LineNumber line)
{
    if (m_source)
        setCurrentRow(m_source->rowForLine(line));
}

void LogView::jumpToRow(quint64 row)
{
    if (!m_source || m_source->rowCount() == 0)
        return;
    row = std::min(row, m_source->rowCount() - 1);
    centreRow(row);
    setCurrentRow(row);
}

void LogView::jumpToLine(LineNumber line)
{
    if (m_source)
        jumpToRow(m_source->rowForLine(line));
}

void LogView::centreRow(quint64 row)
{
    // Before the first layout the height is not known yet: centre again when it is.
    m_centreWhenShown = !isVisible() || viewport()->height() < lineHeight();
    const quint64 half = quint64(visibleRowCount() / 2);
    scrollToRow(row > half ? row - half : 0);
}

bool LogView::isRowVisible(quint64 row, int viewportHeight) const
{
    if (row < m_firstRow)
        return false;
    int used = 0;
    for (quint64 r = m_firstRow; r <= row; ++r) {
        used += m_wordWrap ? rowHeight(r) : lineHeight();
        if (used > viewportHeight)
            return false;
    }
    return true;
}

int LogView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / lineHeight());
}

QString LogView::selectedText() const
{
    if (!m_source || m_source->rowCount() == 0)
        return {};
    const quint64 from = std::min(m_anchorRow, m_currentRow);
    const quint64 to = std::min(std::max(m_anchorRow, m_currentRow), m_source->rowCount() - 1);
    QStringList lines;
    for (quint64 row = from; row <= to; ++row)
        lines.append(m_source->text(row));
    return lines.join(u'\n');
}

void LogView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

int LogView::lineHeight() const
{
    return fontMetrics().height() + 2;
}

int LogView::gutterWidth() const
{
    const quint64 rows = m_source ? m_source->rowCount() : 0;
    const quint64 lastLine = rows ? m_source->originalLine(rows - 1).value + 1 : 1;
    const int digits = std::max<int>(4, QString::number(lastLine).size());
    return fontMetrics().horizontalAdvance(u'9') * digits + MarkerWidth + 12;
}

QColor LogView::severityColor(int severity) const
{
    switch (severity) {
    case 0: case 1: case 2: return QColor(0xc0, 0x1c, 0x28);
    case 3: return QColor(0xe0, 0x1b, 0x24);
    case 4: return QColor(0xe5, 0xa5, 0x0a);
    case 5: return QColor(0x35, 0x84, 0xe4);
    default: return QColor(0x77, 0x76, 0x7b);
    }
}

quint64 LogView::maxFirstRow() const
{
    const quint64 rows = m_source ? m_source->rowCount() : 0;
    const quint64 visible = quint64(visibleRowCount());
    return rows > visible ? rows - visible : 0;
}

void LogView::updateScrollBars()
{
    m_updatingScrollBar = true;
    const quint64 maxFirst = maxFirstRow();
    auto *bar = verticalScrollBar();
    bar->setRange(0, int(std::min<quint64>(maxFirst, ScrollBarMax)));
    bar->setPageStep(visibleRowCount());
    bar->setSingleStep(1);
    m_firstRow = std::min(m_firstRow, maxFirst);
    bar->setValue(maxFirst <= ScrollBarMax ? int(m_firstRow)
                                           : int(double(m_firstRow) / double(maxFirst) * ScrollBarMax));
    auto *hbar = horizontalScrollBar();
    hbar->setRange(0, std::max(0, m_maxTextWidth + gutterWidth() - viewport()->width()));
    hbar->setPageStep(viewport()->width());
    hbar->setSingleStep(fontMetrics().horizontalAdvance(u'9') * 4);
    m_updatingScrollBar = false;
}

void LogView::scrollContentsBy(int, int)
{
    if (m_updatingScrollBar)
        return;
    const quint64 maxFirst = maxFirstRow();
    const int value = verticalScrollBar()->value();
    m_firstRow = maxFirst <= ScrollBarMax ? quint64(value)
                                          : quint64(double(value) / ScrollBarMax * double(maxFirst));
    viewport()->update();
}

void LogView::scrollToRow(quint64 row)
{
    m_firstRow = std::min(row, maxFirstRow());
    updateScrollBars();
    viewport()->update();
}

void LogView::ensureVisible(quint64 row)
{
    if (row < m_firstRow) {
        scrollToRow(row);
        return;
    }
    if (!m_wordWrap) {
        const quint64 visible = quint64(visibleRowCount());
        if (row >= m_firstRow + visible)
            scrollToRow(row - visible + 1);
        return;
    }
    // Wrapped rows have different heights: put the row at the bottom, counting heights upwards.
    int used = 0;
    for (quint64 r = m_firstRow; r <= row; ++r) {
        used += rowHeight(r);
        if (used > viewport()->height())
            break;
    }
    if (used <= viewport()->height())
        return;
    quint64 first = row;
    used = rowHeight(row);
    while (first > 0 && used + rowHeight(first - 1) <= viewport()->height())
        used += rowHeight(--first);
    scrollToRow(first);
}

void LogView::moveCurrent(qint64 delta, bool extendSelection)
{
    if (!m_source || m_source->rowCount() == 0)
        return;
    const quint64 last = m_source->rowCount() - 1;
    quint64 row = m_currentRow;
    if (delta < 0)
        row = quint64(-delta) > row ? 0 : row - quint64(-delta);
    else
        row = std::min(last, row + quint64(delta));
    const quint64 anchor = m_anchorRow;
    setCurrentRow(row);
    if (extendSelection) {
        m_anchorRow = anchor;
        viewport()->update();
    }
}

quint64 LogView::rowAt(int y) const
{
    if (!m_wordWrap)
        return m_firstRow + quint64(std::max(0, y) / lineHeight());
    quint64 row = m_firstRow;
    const quint64 rows = m_source ? m_source->rowCount() : 0;
    for (int top = 0; row + 1 < rows; ++row) {
        top += rowHeight(row);
        if (top > y)
            break;
    }
    return row;
}

int LogView::layoutRow(quint64 row, QTextLayout &layout) const
{
    QString text = m_source->text(row);
    if (text.size() > MaxPaintedChars)
        text = text.left(MaxPaintedChars) + u'\x2026';
    text.replace(u'\t', u' ');
    layout.setText(text);
    layout.setFont(font());
    layout.setFormats(m_highlighter->highlight(text));
    QTextOption option;
    option.setWrapMode(m_wordWrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(option);
    const int width = std::max(40, viewport()->width() - gutterWidth() - 8);
    const int height = lineHeight();
    int lines = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_wordWrap ? width : 1e7);
        line.setPosition(QPointF(0, lines * height + 1));
        ++lines;
    }
    layout.endLayout();
    return std::max(1, lines) * height;
}

int LogView::rowHeight(quint64 row) const
{
    if (!m_wordWrap)
        return lineHeight();
    QTextLayout layout;
    return layoutRow(row, layout);
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = viewport()->palette();
    const int height = lineHeight();
    const int gutter = gutterWidth();
    const int xOffset = m_wordWrap ? 0 : horizontalScrollBar()->value();
    const quint64 rows = m_source ? m_source->rowCount() : 0;
    const quint64 selFrom = std::min(m_anchorRow, m_currentRow);
    const quint64 selTo = std::max(m_anchorRow, m_currentRow);
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor gutterBg = dark ? pal.color(QPalette::Base).lighter(130) : pal.color(QPalette::Base).darker(106);
    const QColor selection = palette().color(QPalette::Highlight);

    painter.fillRect(QRect(0, 0, gutter, viewport()->height()), gutterBg);
    int widest = m_maxTextWidth;
    int y = 0;
    for (quint64 row = m_firstRow; row < rows && y < viewport()->height(); ++row) {
        QTextLayout layout;
        const int rowHeightPx = layoutRow(row, layout);
        const LineRecord record = m_source->record(row);
        const LineNumber line = m_source->originalLine(row);
        const QRect lineRect(gutter, y, viewport()->width() - gutter, rowHeightPx);
        if (row >= selFrom && row <= selTo) {
            QColor bg = selection;
            bg.setAlpha(row == m_currentRow ? 110 : 60);
            painter.fillRect(lineRect, bg);
        }
        // Gutter: bookmark, line number (1-based, the original line) and the severity marker.
        if (m_bookmarks.contains(line.value))
            painter.fillRect(QRect(0, y + 1, 4, height - 2), QColor(0x91, 0x41, 0xac));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, y, gutter - MarkerWidth - 6, height), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(line.value + 1));
        const bool recognized = record.messageType != 0 && record.messageType < m_recognized.size()
                                && m_recognized.testBit(record.messageType);
        if (recognized) {
            painter.fillRect(QRect(gutter - MarkerWidth - 2, y + 2, MarkerWidth, height - 4), severityColor(record.severity));
        } else if (record.messageType != 0) {
            // An outline: a message ID, but no reference text for it.
            painter.setPen(severityColor(record.severity));
            painter.drawRect(QRect(gutter - MarkerWidth - 2, y + 2, MarkerWidth - 1, height - 5));
        }
        for (int i = 0; i < layout.lineCount(); ++i)
            widest = std::max(widest, int(layout.lineAt(i).naturalTextWidth()));
        painter.save();
        painter.setClipRect(lineRect);
        painter.setPen(pal.color(QPalette::Text));
        layout.draw(&painter, QPointF(gutter + 4 - xOffset, y));
        painter.restore();
        y += rowHeightPx;
    }
    if (!m_wordWrap && widest != m_maxTextWidth) {
        m_maxTextWidth = widest;
        QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection);
    }
}

void LogView::setWordWrap(bool wrap)
{
    if (wrap == m_wordWrap)
        return;
    m_wordWrap = wrap;
    setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    updateScrollBars();
    ensureVisible(m_currentRow);
    viewport()->update();
}

void LogView::setBookmarks(const QSet<quint64> &lines)
{
    m_bookmarks = lines;
    viewport()->update();
}

void LogView::setBookmarkNotes(const QHash<quint64, QString> &notes)
{
    m_bookmarkNotes = notes;
}

bool LogView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    if (m_source && m_source->rowCount() > 0 && help->pos().x() < gutterWidth()) {
        const quint64 row = rowAt(help->pos().y());
        const quint64 line = row < m_source->rowCount() ? m_source->originalLine(row).value : 0;
        if (row < m_source->rowCount() && m_bookmarks.contains(line)) {
            const QString note = m_bookmarkNotes.value(line).trimmed();
            // Notes are typed by the user: plain text, never rich text.
            const QString text = note.isEmpty() ? tr("Bookmark") : tr("Bookmark: %1").arg(note);
            QToolTip::showText(help->globalPos(), u"<qt>%1</qt>"_s.arg(text.toHtmlEscaped()), viewport());
            return true;
        }
    }
    QToolTip::hideText(); // the pointer left a bookmark tick
    return QAbstractScrollArea::viewportEvent(event);
}

void LogView::resizeEvent(QResizeEvent *event)
{
    // Docks opening or the window shrinking must not push the current line out of sight.
    const bool wasVisible = m_source && m_source->rowCount() > 0 && event->oldSize().height() > 0
                            && isRowVisible(m_currentRow, event->oldSize().height());
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    placeSearchIndicator();
    if (!m_source || m_source->rowCount() == 0)
        return;
    if (m_centreWhenShown && viewport()->height() >= lineHeight())
        centreRow(m_currentRow);
    else if (wasVisible)
        ensureVisible(m_currentRow);
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const qint64 page = visibleRowCount() - 1;
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up: moveCurrent(-1, shift); break;
    case Qt::Key_Down: moveCurrent(1, shift); break;
    case Qt::Key_PageUp: moveCurrent(-page, shift); break;
    case Qt::Key_PageDown: moveCurrent(page, shift); break;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier)
            moveCurrent(-qint64(m_currentRow), shift);
        else
            horizontalScrollBar()->setValue(0);
        break;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier && m_source)
            moveCurrent(qint64(m_source->rowCount()), shift);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_source || m_source->rowCount() == 0)
        return QAbstractScrollArea::mousePressEvent(event);
    const quint64 row = std::min(rowAt(int(event->position().y())), m_source->rowCount() - 1);
    const quint64 anchor = m_anchorRow;
    setCurrentRow(row);
    if (event->modifiers() & Qt::ShiftModifier)
        m_anchorRow = anchor;
    viewport()->update();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_source || m_source->rowCount() == 0)
        return;
    const quint64 anchor = m_anchorRow;
    const quint64 row = std::min(rowAt(int(event->position().y())), m_source->rowCount() - 1);
    setCurrentRow(row);
    m_anchorRow = anchor;
    viewport()->update();
}

void LogView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 40;
    if (steps == 0)
        return QAbstractScrollArea::wheelEvent(event);
    const qint64 target = qint64(m_firstRow) - steps;
    scrollToRow(quint64(std::max<qint64>(0, target)));
    event->accept();
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_source || m_source->rowCount() == 0)
        return;
    // A right click outside the selection selects the clicked row first, as editors do.
    const quint64 row = event->reason() == QContextMenuEvent::Mouse
                            ? std::min(rowAt(event->pos().y()), m_source->rowCount() - 1)
                            : m_currentRow;
    const quint64 from = std::min(m_anchorRow, m_currentRow), to = std::max(m_anchorRow, m_currentRow);
    if (row < from || row > to)
        setCurrentRow(row);
    Q_EMIT contextMenuRequested(m_source->originalLine(row), event->globalPos());
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateScrollBars();
    if (event->type() == QEvent::PaletteChange)
        setDarkTheme(palette().color(QPalette::Base).lightness() < 128);
    QAbstractScrollArea::changeEvent(event);
}

} // namespace LogSage
