// The report's checklist: every step the reference panel shows for each listed message, with the
// case's ticks and notes and the progress per message; ticked or noted steps of other messages after.

#include "catalog.h"
#include "reportchecklist.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

ReportMessage message(const CatalogEntry &entry, int causeIndex)
{
    ReportMessage m;
    m.id = entry.id;
    m.entryId = entry.id;
    m.severity = entry.severity;
    m.causeIndex = causeIndex;
    return m;
}

QStringList texts(const QList<ReportChecklistStep> &steps)
{
    QStringList result;
    for (const ReportChecklistStep &s : steps)
        result.append(s.text);
    return result;
}

// How many of `steps` ask for an action (the progress counts only those).
int actionable(const QList<ShownStep> &steps)
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const ShownStep &s) { return !needsNoAction(*s.step); }));
}

QStringList texts(const QList<ShownStep> &steps, Language language = Language::English)
{
    QStringList result;
    for (const ShownStep &s : steps)
        result.append(s.step->text.text(language));
    return result;
}

} // namespace

class TestReportChecklist : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled();
    const CatalogEntry *m_down = nullptr; // IPSEC_TUNNEL_TEARED_DOWN: steps per cause
    const CatalogEntry *m_up = nullptr;   // IPSEC_TUNNEL_ESTABLISHED: one cause, general steps

    int causeWithSteps(const CatalogEntry &entry, int skip = 0) const
    {
        for (int i = 0; i < entry.causes.size(); ++i)
            if (!entry.causes.at(i).steps.isEmpty() && skip-- == 0)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_down = m_catalog.find("IPSEC", "IPSEC_TUNNEL_TEARED_DOWN");
        m_up = m_catalog.find("IPSEC", "IPSEC_TUNNEL_ESTABLISHED");
        QVERIFY(m_down && m_up);
        QVERIFY(causeWithSteps(*m_down, 1) >= 0);
        QVERIFY(!m_up->steps.isEmpty());
    }

    // Which steps a message lists follows the causes the report found, as the panel would.
    void stepsFollowTheCauses_data()
    {
        QTest::addColumn<QList<int>>("causes");
        QTest::addColumn<int>("expectedFrom"); // 0: first cause with steps, 1: both, 2: all causes
        QTest::newRow("one matched cause") << QList<int>{0} << 0;
        QTest::newRow("two matched causes, most frequent first") << QList<int>{0, 1} << 1;
        QTest::newRow("no cause matched: every cause") << QList<int>{-1} << 2;
    }
    void stepsFollowTheCauses()
    {
        QFETCH(QList<int>, causes);
        QFETCH(int, expectedFrom);
        const int first = causeWithSteps(*m_down);
        const int second = causeWithSteps(*m_down, 1);
        QList<ReportMessage> messages;
        for (int c : causes)
            messages.append(message(*m_down, c == 0 ? second : c == 1 ? first : -1));
        const QList<ReportChecklistGroup> groups = buildReportChecklist(messages, m_catalog, {}, Language::English);
        QCOMPARE(groups.size(), 1); // one group per entry, however many cause rows it has
        QList<ShownStep> expected;
        if (expectedFrom == 2)
            expected = shownSteps(*m_down, -1);
        else if (expectedFrom == 1)
            expected = shownSteps(*m_down, -1, {second, first});
        else
            expected = shownSteps(*m_down, second);
        QCOMPARE(texts(groups.first().steps), texts(expected));
        QVERIFY(groups.first().listed);
        QCOMPARE(groups.first().progress(), (StepProgress{0, actionable(expected)}));
    }

    // Which catalog steps say that nothing needs doing.
    void noActionSteps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("noAction");
        QTest::newRow("informational") << u"Informational message from normal operation; no action is needed."_s << true;
        QTest::newRow("bare") << u"No action is needed."_s << true;
        QTest::newRow("check first") << u"Check whether someone reset the SAs by hand; if so, no action is needed."_s << false;
        QTest::newRow("an action") << u"Run `display ike peer` on both ends."_s << false;
    }
    void noActionSteps()
    {
        QFETCH(QString, text);
        QFETCH(bool, noAction);
        CatalogStep step;
        step.text.en = text;
        step.text.zh = u"检查"_s;
        QCOMPARE(needsNoAction(step), noAction);
    }

    void ticksNotesAndProgress()
    {
        const QList<ShownStep> shown = shownSteps(*m_up, 0);
        QVERIFY(shown.size() >= 1);
        const StepId other{u"IKE/4/MAXIMUM_SA_REACHED_FAIL"_s, QString(), 0};
        const StepId untouched{u"IKE/4/IKEV2_RE_AUTHENTICATION"_s, QString(), 0};
        QHash<StepId, CaseStepState> states;
        states.insert(shown.first().id, {true, u"done at 10:02"_s});
        states.insert(other, {false, u"a note elsewhere"_s});
        states.insert(untouched, {});
        const QList<ReportChecklistGroup> groups =
            buildReportChecklist({message(*m_up, 0), message(*m_up, 0)}, m_catalog, states, Language::Chinese);
        QCOMPARE(groups.size(), 2);
        const ReportChecklistGroup &listed = groups.first();
        QCOMPARE(listed.entryId, m_up->id);
        QCOMPARE(listed.steps.size(), shown.size());
        QVERIFY(listed.steps.first().ticked);
        QCOMPARE(listed.steps.first().note, u"done at 10:02"_s);
        QCOMPARE(listed.steps.first().text, shown.first().step->text.zh); // the report's language
        // The established tunnel's only step says no action is needed: ticked, yet not counted.
        QVERIFY(listed.steps.first().noAction);
        QCOMPARE(listed.progress(), (StepProgress{0, actionable(shown)}));
        const ReportChecklistGroup &unlisted = groups.last();
        QVERIFY(!unlisted.listed);
        QCOMPARE(unlisted.entryId, other.entryId);
        QCOMPARE(unlisted.steps.size(), 1); // only the noted step, and not the untouched entry
        QCOMPARE(unlisted.steps.first().note, u"a note elsewhere"_s);

        ReportModel model;
        model.checklist = groups;
        QCOMPARE(model.checklistProgress(), (StepProgress{0, actionable(shown)})); // listed steps only
    }

    // A step ticked before the catalog changed is still reported, by its position.
    // (The cause key comes from a case file: a "%1" in it stays as it is.)
    void stepGoneFromTheCatalog_data()
    {
        QTest::addColumn<QString>("causeKey");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"no-such-cause"_s << u"no-such-cause #3"_s;
        QTest::newRow("with a placeholder") << u"cause-%1"_s << u"cause-%1 #3"_s;
    }
    void stepGoneFromTheCatalog()
    {
        QFETCH(QString, causeKey);
        QFETCH(QString, shown);
        QHash<StepId, CaseStepState> states;
        states.insert(StepId{m_down->id, causeKey, 2}, {true, QString()});
        const QList<ReportChecklistGroup> groups = buildReportChecklist({}, m_catalog, states, Language::English);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().steps.first().text, shown);
    }

    void messagesWithoutStepsOrEntries()
    {
        ReportMessage unknown;
        unknown.id = u"X/4/Y"_s;
        const QList<ReportChecklistGroup> groups = buildReportChecklist({unknown}, m_catalog, {}, Language::English);
        QVERIFY(groups.isEmpty());
    }
};

QTEST_MAIN(TestReportChecklist)
#include "tst_reportchecklist.moc"
