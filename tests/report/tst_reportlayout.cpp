// The report's words and tables (ReportLayout): messages not in the catalogs among those that
// matter, the catalog's fallback cause with the line's value, tunnels that never came up, no "(s)"
// plurals, and a checklist without a case.

#include "reportchecklist.h"
#include "reportcollector.h"
#include "reportfixture.h"
#include "reportlayout.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const ReportSection *findSection(const ReportDocument &doc, const QString &anchor)
{
    for (const ReportSection &section : doc.sections)
        if (section.anchor == anchor)
            return &section;
    return nullptr;
}

// Every word of the document, for searching.
QString allText(const ReportDocument &doc)
{
    QStringList parts{doc.title, doc.warning};
    parts += doc.meta;
    for (const ReportFigure &f : doc.figures)
        parts << f.label << f.value;
    for (const ReportSection &section : doc.sections) {
        parts << section.title;
        parts += section.paragraphs;
        for (const ReportTable &table : section.tables) {
            parts << table.caption;
            parts += table.headers;
            for (const QList<ReportCell> &row : table.rows)
                for (const ReportCell &cell : row)
                    parts << cell.text;
        }
    }
    return parts.join(u'\n');
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled();

    ReportModel collect(const QByteArrayList &lines) const
    {
        ReportCollector collector(m_catalog, Language::English);
        collector.beginFile({u"a.log"_s, 0, 0, u"UTF-8"_s}, [](QByteArrayView b) { return QString::fromUtf8(b); });
        for (qsizetype i = 0; i < lines.size(); ++i)
            collector.addLine(lines.at(i), i, 1000 * (i + 1));
        ReportModel model;
        collector.finish(model);
        return model;
    }

private Q_SLOTS:
    // "Messages that matter" lists every message of severity warning or worse, those not in the
    // catalogs marked so with their first line; the catalog's "none of the above" becomes
    // "Other (Reason=...)" with the line's value.
    void messagesThatMatter_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("meaning");
        QTest::addColumn<QString>("cause");
        QTest::newRow("not in the catalogs")
            << QByteArray("Dec  4 2026 10:00:00 R1 %%01SSH/4/SSH_FAIL(l):Login failed from 192.0.2.7.")
            << u"Login failed from 192.0.2.7."_s << u"Not in the catalogs"_s;
        QTest::newRow("fallback cause")
            << QByteArray("Dec  4 2026 10:00:00 R1 %%01IKE/5/IKE_NEGO_FAIL(l):IPSec tunnel negotiation fails. "
                          "(IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=peer went away)")
            << QString() << u"Other (Reason=peer went away)"_s;
        QTest::newRow("cause with a condition")
            << QByteArray("Dec  4 2026 10:00:00 R1 %%01IKE/5/IKE_NEGO_FAIL(l):IPSec tunnel negotiation fails. "
                          "(IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)")
            << QString() << u"The IKE proposals on the two ends do not match"_s;
    }
    void messagesThatMatter()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, meaning);
        QFETCH(QString, cause);
        const ReportModel model = collect({line});
        QCOMPARE(model.messages.size(), 1);
        const ReportDocument doc = ReportLayout::layout(model);
        const ReportSection *section = findSection(doc, u"messages"_s);
        QVERIFY(section);
        QCOMPARE(section->tables.size(), 1);
        const ReportTable &table = section->tables.first();
        QCOMPARE(table.rows.size(), 1);
        const QList<ReportCell> &row = table.rows.first();
        const qsizetype meaningColumn = table.headers.indexOf(u"Meaning"_s);
        const qsizetype causeColumn = table.headers.indexOf(u"Likely cause"_s);
        if (!meaning.isEmpty())
            QCOMPARE(row.at(meaningColumn).text, meaning);
        else
            QVERIFY(!row.at(meaningColumn).text.isEmpty());
        QVERIFY2(row.at(causeColumn).text.startsWith(cause), qPrintable(row.at(causeColumn).text));
        // The catalog's own text stays in the model, for the checklist and JSON.
        if (cause.startsWith(u"Other ("_s)) {
            QVERIFY(model.messages.first().otherCause);
            QCOMPARE(model.messages.first().cause, u"None of the above"_s);
            QCOMPARE(model.messages.first().otherValue, u"Reason=peer went away"_s);
        }
    }

    // A tunnel that only failed to negotiate shows "never up" and no availability; one that was
    // up and went down shows its downtime.
    void neverUp_data()
    {
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<QString>("downtime");
        QTest::addColumn<QString>("availability");
        QTest::addColumn<QString>("failing");
        QTest::newRow("only failures") << QList<int>{int(TunnelEvent::Kind::NegotiationFailed), int(TunnelEvent::Kind::NegotiationFailed)}
                                       << u"never up"_s << u"-"_s << u"1 min 00 s"_s;
        QTest::newRow("up then down") << QList<int>{int(TunnelEvent::Kind::Established), int(TunnelEvent::Kind::TornDown),
                                                    int(TunnelEvent::Kind::Established)}
                                      << u"1 min 00 s"_s << u"50.0%"_s << u"-"_s;
    }
    void neverUp()
    {
        QFETCH(QList<int>, kinds);
        QFETCH(QString, downtime);
        QFETCH(QString, availability);
        QFETCH(QString, failing);
        QList<TunnelEvent> events;
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            TunnelEvent event;
            event.lineNumber = i;
            event.wallMsecs = 1'000'000 + i * 60'000;
            event.host = u"R1"_s;
            event.kind = TunnelEvent::Kind(kinds.at(i));
            event.policy = event.kind == TunnelEvent::Kind::NegotiationFailed ? QString() : u"vpn"_s;
            event.seq = u"10"_s;
            event.peer = u"203.0.113.9"_s;
            events.append(event);
        }
        ReportModel model;
        model.tunnels = TunnelTimeline::build(events);
        QCOMPARE(model.tunnels.tunnels().size(), 1);
        const ReportDocument doc = ReportLayout::layout(model);
        const ReportSection *section = findSection(doc, u"tunnels"_s);
        QVERIFY(section);
        const ReportTable &table = section->tables.first();
        const QList<ReportCell> &row = table.rows.first();
        QCOMPARE(row.at(table.headers.indexOf(u"Downtime"_s)).text, downtime);
        QCOMPARE(row.at(table.headers.indexOf(u"Up time"_s)).text, availability);
        // Failing to come up is apart from proven downtime.
        QCOMPARE(row.at(table.headers.indexOf(u"Failing"_s)).text, failing);
        // The policy is labelled as the charts label it.
        QVERIFY(model.tunnels.tunnels().first().displayName().contains(row.at(table.headers.indexOf(u"Policy/seq"_s)).text));
    }

    // Without a case the checklist is a list of recommended steps: no Done column, no progress.
    // With one, steps the catalog says need no action are not counted.
    void checklistWithAndWithoutCase_data()
    {
        QTest::addColumn<bool>("withCase");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("doneColumn");
        QTest::addColumn<QString>("figure"); // empty: no checklist figure
        QTest::newRow("no case") << false << u"Recommended steps"_s << false << QString();
        QTest::newRow("case") << true << u"Checklist"_s << true << u"1 of 13 done"_s;
    }
    void checklistWithAndWithoutCase()
    {
        QFETCH(bool, withCase);
        QFETCH(QString, title);
        QFETCH(bool, doneColumn);
        QFETCH(QString, figure);
        QHash<StepId, CaseStepState> steps;
        if (withCase) {
            const CatalogEntry *nego = m_catalog.find("IKE", "IKE_NEGO_FAIL");
            QVERIFY(nego);
            steps.insert(shownSteps(*nego, -1).at(0).id, {true, QString()});
        }
        const ReportModel model = TestSupport::buildStable({TestSupport::samplePath()}, Language::English, m_catalog, steps);
        QCOMPARE(model.hasCase, withCase);
        const ReportDocument doc = ReportLayout::layout(model);
        const ReportSection *section = findSection(doc, u"checklist"_s);
        QVERIFY(section);
        QCOMPARE(section->title, title);
        QVERIFY(!section->tables.isEmpty());
        bool sawNoAction = false;
        bool sawProgress = false;
        for (const ReportTable &table : section->tables) {
            if (table.caption == u"Progress by message"_s) {
                sawProgress = true;
                continue;
            }
            QCOMPARE(table.headers.contains(u"Done"_s), doneColumn);
            for (const QList<ReportCell> &row : table.rows) {
                if (row.last().text.contains(u"no action is needed"_s) || (row.size() > 2 && row.at(2).text.startsWith(u"Informational"_s))) {
                    sawNoAction = true;
                    if (withCase)
                        QCOMPARE(row.at(1).text, u"\u2013"_s);
                }
            }
        }
        QVERIFY(sawNoAction);
        QCOMPARE(sawProgress, withCase);
        QString checklistFigure;
        for (const ReportFigure &f : doc.figures)
            if (f.label == u"Checklist"_s)
                checklistFigure = f.value;
        QCOMPARE(checklistFigure, figure);
    }

    // No English sentence of the report needs a plural: none prints "(s)".
    void noPluralParentheses_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("otherModules"); // the row below the 15 modules listed
        QTest::newRow("en") << int(Language::English) << u"Other modules: "_s;
        QTest::newRow("zh") << int(Language::Chinese) << QString(); // its words come from the .ts file
    }
    void noPluralParentheses()
    {
        QFETCH(int, language);
        QFETCH(QString, otherModules);
        ReportModel model = TestSupport::buildStable({TestSupport::samplePath()}, Language(language), m_catalog);
        // More modules than the table lists, so that its "other modules" row appears.
        for (int i = 0; i < 20; ++i)
            model.modules.append({u"M%1"_s.arg(i), 1});
        const QString text = allText(ReportLayout::layout(model));
        QVERIFY(!text.contains(u"(s)"_s));
        QVERIFY(text.contains(otherModules));
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
