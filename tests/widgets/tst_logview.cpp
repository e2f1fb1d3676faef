// The log view on its own: line numbers and severity markers in the gutter, word wrap, selection
// and copy, go to line.

#include "linesource.h"
#include "logdocument.h"
#include "logview.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const QByteArray Warning = "<188>Dec  4 2026 00:04:17+08:00 AR-Hub-01 %%01SSH/4/SSH_FAIL(l)[1]:Failed to login through SSH. (IP=192.0.2.44, UserName=root, Times=1, FailedReason=User authentication failed)";
const QByteArray Error = "<187>Dec  4 2026 00:05:17+08:00 AR-Hub-01 %%01IFNET/3/LINK_DOWN_TEST(l)[2]:The link went down. (Interface=GE0/0/1)";
const QByteArray Notice = "<189>Dec  4 2026 00:07:17+08:00 AR-Hub-01 %%01SSH/5/SSH_USER_LOGIN(s)[3]:The SSH user succeeded in logging in. (UserName=netmon)";
const QByteArray Plain = "a line without any message id";

/// A document of the given lines in a temporary file, indexed, shown in a LogView.
struct Fixture {
    QTemporaryDir dir;
    LogDocument document;
    std::unique_ptr<DocumentLineSource> source;
    LogView view;

    bool open(const QList<QByteArray> &lines)
    {
        QFile file(dir.filePath(u"view.log"_s));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (const QByteArray &line : lines)
            file.write(line + '\n');
        file.close();
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        if (!document.open(file.fileName()))
            return false;
        if (finished.isEmpty() && !finished.wait(20000))
            return false;
        source = std::make_unique<DocumentLineSource>(&document);
        view.setLineSource(source.get());
        view.resize(900, 400);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

    void recognizeAll(bool recognized)
    {
        view.setRecognizedTypes(QBitArray(document.messageTypeCount() + 1, recognized));
    }
};

/// Pixels of exactly `color` in the left `width` pixels of `image`, between rows `top` and `bottom`.
int countPixels(const QImage &image, const QColor &color, int width, int top = 0, int bottom = -1)
{
    if (bottom < 0)
        bottom = image.height();
    int count = 0;
    for (int y = top; y < std::min(bottom, image.height()); ++y)
        for (int x = 0; x < std::min(width, image.width()); ++x)
            count += image.pixelColor(x, y).rgb() == color.rgb();
    return count;
}

/// The leftmost x in the band [top, bottom) whose colour differs from the pixel at (0, top).
int leftmostInk(const QImage &image, int top, int bottom, int width)
{
    const QRgb background = image.pixel(0, top);
    for (int x = 0; x < width; ++x)
        for (int y = top; y < bottom; ++y)
            if (image.pixel(x, y) != background)
                return x;
    return width;
}

/// The rightmost x in the band whose colour is neither the gutter's (at x 0) nor the text area's
/// (at the right edge): the end of the line number.
int rightmostInk(const QImage &image, int top, int bottom)
{
    const QRgb gutter = image.pixel(0, top);
    const QRgb text = image.pixel(image.width() - 1, top);
    int right = -1;
    for (int x = 0; x < image.width(); ++x)
        for (int y = top; y < bottom; ++y)
            if (image.pixel(x, y) != gutter && image.pixel(x, y) != text)
                right = x;
    return right;
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severityMarkerOnRecognizedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QColor>("color");
        QTest::newRow("warning") << Warning << QColor(0xe5, 0xa5, 0x0a);
        QTest::newRow("error") << Error << QColor(0xe0, 0x1b, 0x24);
        QTest::newRow("notification") << Notice << QColor(0x35, 0x84, 0xe4);
    }

    void severityMarkerOnRecognizedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QColor, color);
        Fixture f;
        QVERIFY(f.open({Plain, line}));
        const int gutterArea = f.view.viewport()->width() / 8; // the gutter: numbers and marker
        const int rowHeight = f.view.viewport()->height() / f.view.visibleRowCount();

        f.recognizeAll(true);
        const QImage recognized = f.view.viewport()->grab().toImage();
        // The marker sits on the second row only: the first line has no message.
        QCOMPARE(countPixels(recognized, color, gutterArea, 0, rowHeight - 2), 0);
        const int filled = countPixels(recognized, color, gutterArea, rowHeight - 2, 2 * rowHeight + 2);
        QVERIFY2(filled > 0, "a recognized line has a marker of its severity's colour");

        // A message the catalogs do not know gets only an outline: far fewer pixels.
        f.recognizeAll(false);
        const QImage unknown = f.view.viewport()->grab().toImage();
        const int outline = countPixels(unknown, color, gutterArea, rowHeight - 2, 2 * rowHeight + 2);
        QVERIFY2(outline > 0 && filled > 2 * outline, qPrintable(u"filled %1, outline %2"_s.arg(filled).arg(outline)));
    }

    void lineNumbersInGutter()
    {
        // Numbers are 1-based and right-aligned: "10" ends where "9" ends and starts further left.
        Fixture f;
        QVERIFY(f.open(QList<QByteArray>(12, QByteArray())));
        const int rowHeight = f.view.viewport()->height() / f.view.visibleRowCount();
        QVERIFY(f.view.visibleRowCount() >= 12);
        const QImage image = f.view.viewport()->grab().toImage();
        const int gutterArea = f.view.viewport()->width() / 8;
        auto band = [&](int row) { return std::pair{row * rowHeight + 2, (row + 1) * rowHeight - 2}; };
        const auto [top9, bottom9] = band(8);
        const auto [top10, bottom10] = band(9);
        const int left9 = leftmostInk(image, top9, bottom9, gutterArea);
        const int left10 = leftmostInk(image, top10, bottom10, gutterArea);
        const int right9 = rightmostInk(image, top9, bottom9);
        const int right10 = rightmostInk(image, top10, bottom10);
        QVERIFY2(left9 < right9 && right9 < gutterArea, "line 9 has its number in the gutter");
        QVERIFY2(left10 + 3 < left9, qPrintable(u"line 10 starts at x=%1, line 9 at x=%2"_s.arg(left10).arg(left9)));
        QVERIFY2(std::abs(right10 - right9) <= 1, qPrintable(u"line 10 ends at x=%1, line 9 at x=%2"_s.arg(right10).arg(right9)));
    }

    void wordWrapChangesRowHeights()
    {
        QByteArray longLine = Warning;
        for (int i = 0; i < 12; ++i)
            longLine += " and some more words to make the line much wider than the view";
        Fixture f;
        QVERIFY(f.open(QList<QByteArray>(40, longLine)));
        const int rows = f.view.visibleRowCount();
        QVERIFY(rows >= 8);
        const int rowHeight = f.view.viewport()->height() / rows;

        // Unwrapped: one text line per row; the second row is a row height down.
        QVERIFY(!f.view.wordWrap());
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, QPoint(200, rowHeight + rowHeight / 2));
        QCOMPARE(f.view.currentRow(), quint64(1));
        f.view.setCurrentRow(quint64(rows - 2));
        QCOMPARE(f.view.firstVisibleRow(), quint64(0));

        // Wrapped: the first row takes several text lines, so the same click stays on it and the
        // same row is no longer on the first screen.
        f.view.setCurrentRow(0);
        f.view.setWordWrap(true);
        QVERIFY(f.view.wordWrap());
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, QPoint(200, rowHeight + rowHeight / 2));
        QCOMPARE(f.view.currentRow(), quint64(0));
        f.view.setCurrentRow(quint64(rows - 2));
        QVERIFY2(f.view.firstVisibleRow() > 0, "the view scrolled to show the taller row");

        // And back.
        f.view.setWordWrap(false);
        f.view.setCurrentRow(0);
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, QPoint(200, rowHeight + rowHeight / 2));
        QCOMPARE(f.view.currentRow(), quint64(1));
    }

    void selectionAndCopy_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("moves"); ///< Shift+Down (positive) or Shift+Up (negative) presses
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("one line") << 2 << 0 << 2 << 2;
        QTest::newRow("down three") << 1 << 3 << 1 << 4;
        QTest::newRow("up two") << 5 << -2 << 3 << 5;
        QTest::newRow("past the end") << 6 << 5 << 6 << 7;
    }

    void selectionAndCopy()
    {
        QFETCH(int, start);
        QFETCH(int, moves);
        QFETCH(int, from);
        QFETCH(int, to);
        QList<QByteArray> lines;
        for (int i = 0; i < 8; ++i)
            lines.append("line " + QByteArray::number(i) + ' ' + (i % 2 ? Warning : Notice));
        Fixture f;
        QVERIFY(f.open(lines));
        f.view.setCurrentRow(quint64(start));
        f.view.setFocus();
        for (int i = 0; i < std::abs(moves); ++i)
            QTest::keyClick(&f.view, moves > 0 ? Qt::Key_Down : Qt::Key_Up, Qt::ShiftModifier);
        QStringList expected;
        for (int i = from; i <= to; ++i)
            expected.append(QString::fromUtf8(lines[i]));
        QCOMPARE(f.view.selectedText(), expected.join(u'\n'));

        QApplication::clipboard()->setText(u"something else"_s);
        QTest::keyClick(&f.view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), expected.join(u'\n'));

        // A plain move ends the selection.
        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.view.selectedText().count(u'\n'), 0);
    }

    void mouseDragSelects()
    {
        QList<QByteArray> lines;
        for (int i = 0; i < 8; ++i)
            lines.append("row " + QByteArray::number(i));
        Fixture f;
        QVERIFY(f.open(lines));
        const int rowHeight = f.view.viewport()->height() / f.view.visibleRowCount();
        QTest::mousePress(f.view.viewport(), Qt::LeftButton, {}, QPoint(100, rowHeight + rowHeight / 2));
        QMouseEvent move(QEvent::MouseMove, QPointF(100, 3 * rowHeight + rowHeight / 2),
                         f.view.viewport()->mapToGlobal(QPointF(100, 3 * rowHeight + rowHeight / 2)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.view.viewport(), &move);
        QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, {}, QPoint(100, 3 * rowHeight + rowHeight / 2));
        QCOMPARE(f.view.selectedText(), u"row 1\nrow 2\nrow 3"_s);
    }

    void goToLine_data()
    {
        QTest::addColumn<quint64>("line");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("first") << quint64(0) << quint64(0);
        QTest::newRow("middle") << quint64(2500) << quint64(2500);
        QTest::newRow("last") << quint64(4999) << quint64(4999);
        QTest::newRow("past the end") << quint64(9000) << quint64(4999);
    }

    void goToLine()
    {
        QFETCH(quint64, line);
        QFETCH(quint64, expected);
        QList<QByteArray> lines;
        for (int i = 0; i < 5000; ++i)
            lines.append("numbered " + QByteArray::number(i));
        Fixture f;
        QVERIFY(f.open(lines));
        QSignalSpy changed(&f.view, &LogView::currentLineChanged);
        f.view.setCurrentLine(LineNumber(line));
        QCOMPARE(f.view.currentLine()->value, expected);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<LineNumber>().value, expected);
        // The line is on screen.
        QVERIFY(f.view.firstVisibleRow() <= expected);
        QVERIFY(expected < f.view.firstVisibleRow() + quint64(f.view.visibleRowCount()));
        QCOMPARE(f.view.selectedText(), u"numbered %1"_s.arg(expected));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
