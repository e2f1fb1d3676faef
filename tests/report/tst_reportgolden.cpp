// Golden-file tests of every text writer on the bundled sample log, in both languages.
// LOGSAGE_UPDATE_GOLDEN=1 rewrites the golden files (then review the diff before committing).

#include "csvreportwriter.h"
#include "htmlreportwriter.h"
#include "jsonreportwriter.h"
#include "markdownreportwriter.h"
#include "reportfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

QList<ReportChecklistItem> sampleChecklist()
{
    return {{u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s, u"Run display ike sa to check the IKE SA."_s, true,
             u"Phase 1 SA re-created at 14:02"_s},
            {u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s, u"Check DPD settings on both ends."_s, false, QString()}};
}

QList<ReportBookmark> sampleBookmarks()
{
    return {{u"branch-day.log"_s, 3, u"An IPSec tunnel is established."_s, u"first establishment of the day"_s}};
}

} // namespace

class TestReportGolden : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled();
    ReportModel m_english;
    ReportModel m_chinese;

    QByteArray render(const QString &writer, const ReportModel &model)
    {
        if (writer == u"html")
            return HtmlReportWriter::render(model);
        if (writer == u"md")
            return MarkdownReportWriter::render(model);
        if (writer == u"json")
            return JsonReportWriter::render(model);
        if (writer == u"csv-messages")
            return CsvReportWriter::messageCounts(model);
        return CsvReportWriter::tunnelEvents(model);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_english = TestSupport::buildStable({TestSupport::samplePath()}, Language::English, m_catalog,
                                             sampleChecklist(), sampleBookmarks());
        m_chinese = TestSupport::buildStable({TestSupport::samplePath()}, Language::Chinese, m_catalog,
                                             sampleChecklist(), sampleBookmarks());
        QCOMPARE(m_english.totalLines, 1648);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<QString>("file");
        QTest::newRow("html en") << u"html"_s << false << u"branch-day.en.html"_s;
        QTest::newRow("html zh") << u"html"_s << true << u"branch-day.zh.html"_s;
        QTest::newRow("markdown en") << u"md"_s << false << u"branch-day.en.md"_s;
        QTest::newRow("markdown zh") << u"md"_s << true << u"branch-day.zh.md"_s;
        QTest::newRow("json en") << u"json"_s << false << u"branch-day.en.json"_s;
        QTest::newRow("csv messages") << u"csv-messages"_s << false << u"branch-day.messages.csv"_s;
        QTest::newRow("csv tunnel events") << u"csv-tunnels"_s << false << u"branch-day.tunnel-events.csv"_s;
    }

    void golden()
    {
        QFETCH(QString, writer);
        QFETCH(bool, chinese);
        QFETCH(QString, file);
        const QByteArray actual = render(writer, chinese ? m_chinese : m_english);
        const QString path = TestSupport::goldenDir() + u'/' + file;
        if (qEnvironmentVariableIntValue("LOGSAGE_UPDATE_GOLDEN") == 1) {
            QFile out(path);
            QVERIFY2(out.open(QIODevice::WriteOnly) && out.write(actual) == actual.size(), qPrintable(path));
        }
        const QByteArray expected = TestSupport::readAll(path);
        QVERIFY2(!expected.isEmpty(), qPrintable(u"missing golden file "_s + path));
        if (actual != expected) {
            const QList<QByteArray> a = actual.split('\n');
            const QList<QByteArray> b = expected.split('\n');
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
                if (a.value(i) != b.value(i)) {
                    qWarning("line %lld differs:\n  actual:   %s\n  expected: %s", qlonglong(i + 1),
                             a.value(i).left(300).constData(), b.value(i).left(300).constData());
                    break;
                }
            }
        }
        QVERIFY2(actual == expected, qPrintable(file + u" differs from its golden file"_s));
    }

    // The figures behind the goldens, checked on their own so a wrong golden cannot hide them.
    void modelFigures()
    {
        QCOMPARE(m_english.files.size(), 1);
        QCOMPARE(m_english.files.first().name, u"branch-day.log"_s);
        QCOMPARE(m_english.hosts.size(), 2);
        QCOMPARE(m_english.hosts.first().name, u"AR-Hub-01"_s);
        QCOMPARE(m_english.hosts.first().count, 1225);
        qint64 ikeFailures = 0;
        for (const ReportMessage &m : m_english.messages)
            if (m.id == u"IKE/5/IKE_NEGO_FAIL")
                ikeFailures += m.count;
        QCOMPARE(ikeFailures, 56);
        QVERIFY(!m_english.tunnels.tunnels().isEmpty());
        QCOMPARE(m_english.checklistTicked(), 1);
        // The Chinese report carries the catalog's Chinese meaning.
        const CatalogEntry *entry = m_catalog.find("IPSEC", "IPSEC_TUNNEL_TEARED_DOWN");
        QVERIFY(entry);
        bool found = false;
        for (const ReportMessage &m : m_chinese.messages)
            found = found || m.meaning == entry->meaning.zh;
        QVERIFY(found);
    }
};

QTEST_MAIN(TestReportGolden)
#include "tst_reportgolden.moc"
