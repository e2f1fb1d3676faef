// The report speaks the language chosen for it, whatever language the interface speaks:
// its words come from its own translator, never from the application's.

#include "htmlreportwriter.h"
#include "markdownreportwriter.h"
#include "reportchartpainter.h"
#include "reportescape.h"
#include "reportfixture.h"
#include "reportlanguage.h"
#include "reportlayout.h"

#include <QTranslator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestReportLanguage : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled();
    ReportModel m_english;
    ReportModel m_chinese;

    // The interface language: the application's translator, as UiLanguage installs it.
    static void setInterfaceChinese(bool chinese, QTranslator &translator)
    {
        QCoreApplication::removeTranslator(&translator);
        if (chinese) {
            QVERIFY(translator.load(ReportLanguage::translationsPath(Language::Chinese)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_english = TestSupport::buildStable({TestSupport::samplePath()}, Language::English, m_catalog, {}, {}, true);
        m_chinese = TestSupport::buildStable({TestSupport::samplePath()}, Language::Chinese, m_catalog, {}, {}, true);
    }

    void translationsAreBuiltIn()
    {
        QVERIFY(ReportLanguage(Language::Chinese).hasTranslations());
        QVERIFY(ReportLanguage(Language::English).hasTranslations());
        QCOMPARE(ReportLanguage(Language::Chinese).translate("ReportLayout", "Log analysis report"), u"日志分析报告"_s);
        QCOMPARE(ReportLanguage(Language::English).translate("ReportLayout", "Log analysis report"), u"Log analysis report"_s);
        // Plurals: %n is replaced even without a translation.
        QCOMPARE(ReportLanguage(Language::English).translate("ReportLayout", "%n other module(s)", nullptr, 3),
                 u"3 other module(s)"_s);
        QCOMPARE(ReportLanguage(Language::Chinese).translate("ReportLayout", "Other modules: %1"), u"其他模块：%1"_s);
    }

    void reportLanguageIgnoresInterface_data()
    {
        QTest::addColumn<bool>("interfaceChinese");
        QTest::addColumn<bool>("reportChinese");
        QTest::newRow("interface English, report Chinese") << false << true;
        QTest::newRow("interface Chinese, report English") << true << false;
        QTest::newRow("interface Chinese, report Chinese") << true << true;
        QTest::newRow("interface English, report English") << false << false;
    }
    void reportLanguageIgnoresInterface()
    {
        QFETCH(bool, interfaceChinese);
        QFETCH(bool, reportChinese);
        QTranslator translator;
        setInterfaceChinese(interfaceChinese, translator);
        const auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        // The interface really is in that language, so the checks below are not vacuous.
        QCOMPARE(QCoreApplication::translate("ReportLayout", "Summary") == u"摘要"_s, interfaceChinese);

        const ReportModel &model = reportChinese ? m_chinese : m_english;
        const ReportDocument doc = ReportLayout::layout(model);
        QCOMPARE(doc.title, reportChinese ? u"日志分析报告"_s : u"Log analysis report"_s);
        QCOMPARE(doc.sections.first().title, reportChinese ? u"摘要"_s : u"Summary"_s);
        QCOMPARE(doc.pageNumber, reportChinese ? u"第 %1 页，共 %2 页"_s : u"Page %1 of %2"_s);
        QCOMPARE(ReportLayout::defaultTitle(model.language), doc.title);

        const QString html = QString::fromUtf8(HtmlReportWriter::render(model));
        QCOMPARE(html.contains(u"<html lang=\"zh-CN\">"_s), reportChinese);
        QCOMPARE(html.contains(u"重要消息"_s), reportChinese);           // a section title
        QCOMPARE(html.contains(u"Messages that matter"_s), !reportChinese);
        const QString md = QString::fromUtf8(MarkdownReportWriter::render(model));
        QCOMPARE(md.contains(u"图表见 HTML 和 PDF 报告。"_s), reportChinese);
        QCOMPARE(md.contains(u"Charts are in the HTML and PDF reports."_s), !reportChinese);

        // The reference texts too: the catalog's meaning in the report's language.
        const CatalogEntry *entry = m_catalog.find("IKE", "IKE_NEGO_FAIL");
        QVERIFY(entry);
        QCOMPARE(html.contains(ReportEscape::html(entry->meaning.zh)), reportChinese);
        QCOMPARE(html.contains(ReportEscape::html(entry->meaning.en)), !reportChinese);

        // Charts drawn now (as the dialog's worker does) are titled in the report's language.
        const QList<ReportChart> charts = ReportChartPainter(model.language).tunnelCharts(model.tunnels, 1.0);
        QVERIFY(!charts.isEmpty());
        QCOMPARE(charts.first().title, reportChinese ? u"隧道事件随时间分布"_s : u"Tunnel events over time"_s);
    }

    // Severity names and durations follow the report's language, not the analysis' English.
    void severitiesAndDurations()
    {
        const ReportDocument en = ReportLayout::layout(m_english);
        const ReportDocument zh = ReportLayout::layout(m_chinese);
        QCOMPARE(en.sections.first().tables.at(2).rows.first().first().text, u"4 warning"_s);
        const QString zhSeverity = zh.sections.first().tables.at(2).rows.first().first().text;
        const ReportLanguage chinese(Language::Chinese);
        QCOMPARE(zhSeverity, u"4 "_s + chinese.translate("ReportLayout", "warning"));
        QVERIFY(en.meta.at(2).contains(u"(23 h 56 min)"_s));
        QVERIFY(zh.meta.at(2).contains(chinese.translate("ReportLayout", "%1 h %2 min").arg(u"23"_s, u"56"_s)));
    }
};

QTEST_MAIN(TestReportLanguage)
#include "tst_reportlanguage.moc"
