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

// Ticks and notes on steps of two listed messages and of one the sample log does not have.
QHash<StepId, CaseStepState> sampleSteps(const Catalog &catalog)
{
    QHash<StepId, CaseStepState> steps;
    const CatalogEntry *down = catalog.find("IPSEC", "IPSEC_TUNNEL_TEARED_DOWN");
    const CatalogEntry *nego = catalog.find("IKE", "IKE_NEGO_FAIL");
    const CatalogEntry *maxSa = catalog.find("IKE", "MAXIMUM_SA_REACHED_FAIL");
    if (!down || !nego || !maxSa)
        qFatal("the bundled catalog lacks the entries of the sample checklist");
    steps.insert(shownSteps(*down, -1).at(0).id, {true, u"Phase 1 SA re-created at 14:02"_s});
    steps.insert(shownSteps(*down, -1).at(1).id, {false, u"DPD interval is 10 s on the hub, 30 s at the branch"_s});
    steps.insert(shownSteps(*nego, -1).at(0).id, {true, QString()});
    steps.insert(shownSteps(*maxSa, -1).at(0).id, {false, u"SA limit not reached on this hub"_s});
    return steps;
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
                                             sampleSteps(m_catalog), sampleBookmarks());
        m_chinese = TestSupport::buildStable({TestSupport::samplePath()}, Language::Chinese, m_catalog,
                                             sampleSteps(m_catalog), sampleBookmarks());
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
        QTest::newRow("json zh") << u"json"_s << true << u"branch-day.zh.json"_s;
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
        // Every step of the listed tunnel messages, ticked or not; the other message's noted step after them.
        QVERIFY(m_english.checklist.size() >= 3);
        QCOMPARE(m_english.checklist.last().entryId, u"IKE/4/MAXIMUM_SA_REACHED_FAIL"_s);
        QVERIFY(!m_english.checklist.last().listed);
        QCOMPARE(m_english.checklistProgress().ticked, 2);
        QVERIFY(m_english.checklistProgress().total > 10);
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
