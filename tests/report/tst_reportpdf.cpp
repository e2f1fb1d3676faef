// The PDF report: Chinese reference text renders (checked with pdftotext), pages are numbered.
// Rendered pages can be looked at with: pdftoppm -png -r 60 FILE.pdf page

#include "pdfreportwriter.h"
#include "reportfixture.h"
#include "reportstyle.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

// Without white space, and NFKC-normalised: Qt's PDF text map gives some shared CJK glyphs their
// Kangxi radical code point (U+2F00 for 一), which NFKC maps back.
QString withoutSpace(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space).normalized(QString::NormalizationForm_KC);
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
        // 页 may come back as the radical U+2EDA, which NFKC leaves alone; NFKC makes ， a comma.
        static const QRegularExpression pageOfChinese(u"第(\\d+)[页\u2eda],共(\\d+)[页\u2eda]"_s);
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
