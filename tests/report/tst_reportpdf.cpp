// The PDF report: Chinese reference text renders (checked with pdftotext), pages are numbered.
// Rendered pages can be looked at with: pdftoppm -png -r 60 FILE.pdf page

#include "pdfpagelayout.h"
#include "pdfreportwriter.h"
#include "reportfixture.h"
#include "reportstyle.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QAbstractTextDocumentLayout>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTest>

#include <algorithm>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Without white space; full-width commas as the report writes them.
QString withoutSpace(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

// CJK radical code points (U+2E80..U+2FDF) in text that never had any: what a PDF gives when its
// font draws an ideograph and a radical with one glyph (Noto Sans CJK: 日 and ⽇), since Qt's
// PDF writer names a glyph by its lowest code point. Searching or copying such a PDF fails.
qsizetype radicals(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x2e80 && c.unicode() <= 0x2fdf; });
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalog m_catalog = Catalog::bundled();

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (poppler-utils) is needed to check the PDF");
    }

    void rendersText_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("zh") << true;
        QTest::newRow("en") << false;
    }
    void rendersText()
    {
        QFETCH(bool, chinese);
        const ReportModel model = TestSupport::buildStable({TestSupport::samplePath()},
                                                           chinese ? Language::Chinese : Language::English,
                                                           m_catalog, {}, {}, true);
        const QString path = m_dir.filePath(chinese ? u"zh.pdf"_s : u"en.pdf"_s);
        const QString error = PdfReportWriter::write(model, path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (qEnvironmentVariableIsSet("LOGSAGE_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("LOGSAGE_KEEP_PDF") + u'/' + QFileInfo(path).fileName());
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext could not read the PDF");
        const QString flat = withoutSpace(text);
        QCOMPARE(radicals(flat), 0);

        const CatalogEntry *entry = m_catalog.find("IPSEC", "IPSEC_TUNNEL_TEARED_DOWN");
        QVERIFY(entry);
        const QString meaning = withoutSpace(chinese ? entry->meaning.zh : entry->meaning.en);
        QVERIFY(!meaning.isEmpty());
        QVERIFY2(flat.contains(meaning), qPrintable(u"meaning not in the PDF: "_s + meaning));
        if (chinese)
            QVERIFY(meaning.contains(QChar(0x96a7))); // 隧: the text checked is really Chinese
        // The report's own words are in its language too.
        QVERIFY(flat.contains(chinese ? u"日志分析报告"_s : u"Loganalysisreport"_s));
        // Every page says "Page N of M" (in the report's language), and M is the page count.
        static const QRegularExpression pageOfEnglish(u"Page(\\d+)of(\\d+)"_s);
        static const QRegularExpression pageOfChinese(u"第(\\d+)页，共(\\d+)页"_s);
        int pages = 0;
        int last = 0;
        for (auto it = (chinese ? pageOfChinese : pageOfEnglish).globalMatch(flat); it.hasNext();) {
            const auto match = it.next();
            ++pages;
            last = match.captured(2).toInt();
            QCOMPARE(match.captured(1).toInt(), pages);
        }
        QVERIFY(pages >= 2);
        QCOMPARE(last, pages);
        QVERIFY(flat.contains(u"AR-Branch-01"_s));
    }

    // A Chinese PDF needs a font with Chinese glyphs; without one (a Latin font that may not fall
    // back to others stands for such a computer) the sentence names the package to install.
    void chineseNeedsAChineseFont_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("fallbacks");
        QTest::addColumn<bool>("problem");
        QTest::newRow("report font") << QString() << true << false;
        QTest::newRow("Latin font with fallbacks") << u"DejaVu Sans"_s << true << false;
        QTest::newRow("Latin font alone") << u"DejaVu Sans"_s << false << true;
    }
    void chineseNeedsAChineseFont()
    {
        QFETCH(QString, family);
        QFETCH(bool, fallbacks);
        QFETCH(bool, problem);
        QFont font = family.isEmpty() ? ReportStyle::reportFont(8.5) : QFont(family);
        if (!fallbacks)
            font.setStyleStrategy(QFont::NoFontMerging);
        const QString path = m_dir.filePath(u"cjk.pdf"_s);
        const QString sentence = PdfReportWriter::missingChineseFont(font, path);
        QCOMPARE(!sentence.isEmpty(), problem);
        if (problem) {
            QVERIFY(sentence.contains(u"fonts-noto-cjk"_s));
            QVERIFY(sentence.contains(QDir::toNativeSeparators(path)));
        }
    }

    // The footer's title is cut short so that it never runs into the page number.
    void footerFits_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("whole");
        QTest::newRow("short") << u"Outage of 4 December"_s << true;
        QTest::newRow("long") << u"Outage at the branch office "_s.repeated(12) << false;
        QTest::newRow("long Chinese") << u"分支机构隧道中断分析报告"_s.repeated(12) << false;
    }
    void footerFits()
    {
        QFETCH(QString, title);
        QFETCH(bool, whole);
        const QFontMetricsF metrics(ReportStyle::reportFont(7.5));
        const qreal width = 400;
        const QString text = PdfPageLayout::footerText(title, u"LogSage 0.1.0"_s, metrics, width);
        QVERIFY2(metrics.horizontalAdvance(text) <= width, qPrintable(text));
        QVERIFY(text.endsWith(u" \u00b7 LogSage 0.1.0"_s));
        QCOMPARE(text.startsWith(title), whole);
    }

    // A heading never ends near the bottom of a page, away from the rows below it.
    void headingsKeepTheirRows_data()
    {
        QTest::addColumn<int>("fillerLines");
        for (int lines : {0, 5, 17, 18, 19, 20, 21, 22, 23, 40})
            QTest::newRow(qPrintable(u"%1 lines before"_s.arg(lines))) << lines;
    }
    void headingsKeepTheirRows()
    {
        QFETCH(int, fillerLines);
        QTextDocument document;
        document.setDefaultFont(ReportStyle::reportFont(8.5));
        QString html = u"<html><body>"_s;
        for (int i = 0; i < fillerLines; ++i)
            html += u"<p>filler line %1</p>"_s.arg(i);
        for (int section = 0; section < 6; ++section) {
            html += u"<h2>Section %1</h2><h3>Table %1</h3><table>"_s.arg(section);
            for (int row = 0; row < 9; ++row)
                html += u"<tr><td>row %1</td></tr>"_s.arg(row);
            html += u"</table>"_s;
        }
        document.setHtml(html + u"</body></html>"_s);
        const qreal line = QFontMetricsF(document.defaultFont()).lineSpacing();
        document.setPageSize(QSizeF(400, 24 * line));
        const qreal room = 3 * 1.6 * line;
        PdfPageLayout::keepHeadingsWithContent(document, room);

        const qreal page = document.pageSize().height();
        int headings = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() != 3) // the last of each run of headings
                continue;
            ++headings;
            const QRectF rect = document.documentLayout()->blockBoundingRect(block);
            const qreal left = (std::floor(rect.top() / page) + 1) * page - rect.bottom();
            QVERIFY2(left >= room, qPrintable(u"%1 ends %2 px above a page bottom"_s.arg(block.text()).arg(left)));
            // The section heading stays with its table's heading.
            const QRectF section = document.documentLayout()->blockBoundingRect(block.previous());
            QCOMPARE(std::floor(section.top() / page), std::floor(rect.top() / page));
        }
        QCOMPARE(headings, 6);
    }

    void unwritablePathIsASentence()
    {
        ReportModel model;
        const QString path = m_dir.filePath(u"missing-folder/report.pdf"_s);
        const QString error = PdfReportWriter::write(model, path);
        QVERIFY(error.contains(u"report.pdf"_s));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
