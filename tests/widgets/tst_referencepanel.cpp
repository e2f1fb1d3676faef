// The reference panel in both languages: Chinese and English side by side with their rows
// aligned when the panel is wide enough, stacked when it is not; and an unknown message stated
// plainly with a catalog search.

#include "case.h"
#include "catalog.h"
#include "casestep.h"
#include "lineexplanation.h"
#include "referencepanel.h"
#include "vrpline.h"

#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

// A teardown whose reason points to a cause with three steps.
const QByteArray Teardown =
    "Dec  4 2026 10:07:58+08:00 AR-Branch-01 %%01IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN(l)[48361]:An IPSec tunnel is teared "
    "down. (PolicyName=to-hub, IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=203.0.113.45, DstIP=203.0.113.9, CpuID=0, "
    "OfflineReason=config modify or manual offline, State=Normal)";

QPoint topLeftIn(const QWidget *widget, const QWidget *ancestor)
{
    return widget->mapTo(ancestor, QPoint(0, 0));
}

} // namespace

class TestReferencePanel : public QObject
{
    Q_OBJECT

private:
    LineExplanation explain(const QByteArray &line) const
    {
        return explainLine(VrpLineParser::parse(line), m_catalog, [](QByteArrayView bytes) { return QString::fromUtf8(bytes); });
    }

    /// Checks that the labels `name`Zh and `name`En stand on one row, Chinese left, in the
    /// columns that the meaning's labels set.
    void checkRow(const ReferencePanel &panel, const QString &name)
    {
        const auto *zh = panel.findChild<QLabel *>(name + u"Zh"_s);
        const auto *en = panel.findChild<QLabel *>(name + u"En"_s);
        QVERIFY2(zh && en, qPrintable(name));
        const auto *meaningZh = panel.findChild<QLabel *>(u"referenceMeaningZh"_s);
        const auto *meaningEn = panel.findChild<QLabel *>(u"referenceMeaningEn"_s);
        QVERIFY(meaningZh && meaningEn);
        QCOMPARE(topLeftIn(zh, &panel).y(), topLeftIn(en, &panel).y());
        QCOMPARE(topLeftIn(zh, &panel).x(), topLeftIn(meaningZh, &panel).x());
        QCOMPARE(topLeftIn(en, &panel).x(), topLeftIn(meaningEn, &panel).x());
        QVERIFY2(qAbs(zh->width() - en->width()) <= 1, qPrintable(u"%1: %2 vs %3"_s.arg(name).arg(zh->width()).arg(en->width())));
        QVERIFY(topLeftIn(zh, &panel).x() + zh->width() <= topLeftIn(en, &panel).x());
        // Both texts are whole: each label is as tall as its wrapped text needs.
        QVERIFY(zh->height() >= zh->heightForWidth(zh->width()));
        QVERIFY(en->height() >= en->heightForWidth(en->width()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = Catalog::bundled();
        QVERIFY(m_catalog.find("IPSEC", "IPSEC_TUNNEL_TEARED_DOWN"));
    }

    void bothLanguages_data()
    {
        QTest::addColumn<int>("widthOverThreshold");
        QTest::addColumn<bool>("sideBySide");

        QTest::newRow("wide dock") << 300 << true;
        QTest::newRow("exactly the threshold") << 0 << true;
        QTest::newRow("one pixel narrower") << -1 << false;
        QTest::newRow("narrow dock") << -200 << false;
    }

    void bothLanguages()
    {
        QFETCH(int, widthOverThreshold);
        QFETCH(bool, sideBySide);

        const LineExplanation e = explain(Teardown);
        QVERIFY(e.entry);
        QVERIFY(e.matchedCause >= 0);
        const QList<ShownStep> steps = shownSteps(*e.entry, e.matchedCause, e.causeOrder);
        QVERIFY(steps.size() >= 2);

        ReferencePanel panel;
        panel.setExplanation(e);
        panel.setLanguage(ReferenceLanguage::Both);
        panel.resize(panel.sideBySideMinimumWidth() + widthOverThreshold, 2400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(panel.width(), panel.sideBySideMinimumWidth() + widthOverThreshold);
        QCOMPARE(panel.isSideBySide(), sideBySide);
        // One checkbox per step whatever the layout.
        for (int k = 0; k < steps.size(); ++k)
            QCOMPARE(panel.findChildren<QCheckBox *>(u"step%1"_s.arg(k)).size(), 1);
        QVERIFY(!panel.findChild<QCheckBox *>(u"step%1"_s.arg(steps.size())));

        const CatalogEntry &entry = *e.entry;
        if (sideBySide) {
            QVERIFY(!panel.findChild<QLabel *>(u"referenceMeaning"_s));
            const auto *zh = panel.findChild<QLabel *>(u"referenceMeaningZh"_s);
            const auto *en = panel.findChild<QLabel *>(u"referenceMeaningEn"_s);
            QVERIFY(zh && en);
            QVERIFY(zh->text().contains(entry.meaning.zh.toHtmlEscaped()));
            QVERIFY(!zh->text().contains(entry.meaning.en.toHtmlEscaped()));
            QVERIFY(en->text().contains(entry.meaning.en.toHtmlEscaped()));
            QTRY_VERIFY(zh->width() > 0);
            checkRow(panel, u"referenceMeaning"_s);
            checkRow(panel, u"referenceColumnHeads"_s);
            // The other causes are folded to a line each; unfolded, they line up like the rest.
            for (int c = 1; c < entry.causes.size(); ++c) {
                auto *toggle = panel.findChild<QToolButton *>(u"referenceCause%1FoldToggle"_s.arg(c));
                QVERIFY2(toggle, qPrintable(QString::number(c)));
                QVERIFY(!panel.findChild<QWidget *>(u"referenceCause%1"_s.arg(c))->isVisible());
                toggle->click();
            }
            QTRY_VERIFY(panel.findChild<QWidget *>(u"referenceCause%1"_s.arg(entry.causes.size() - 1))->isVisible());
            QTRY_VERIFY(panel.findChild<QLabel *>(u"referenceCause%1Zh"_s.arg(entry.causes.size() - 1))->width() > 0);
            for (int c = 0; c < entry.causes.size(); ++c)
                checkRow(panel, u"referenceCause%1"_s.arg(c));
            for (int k = 0; k < steps.size(); ++k)
                checkRow(panel, u"stepText%1"_s.arg(k));
            // The cause this line points to comes first, bold in both languages, then marked.
            const CatalogCause &matched = entry.causes.at(e.matchedCause);
            const auto *firstZh = panel.findChild<QLabel *>(u"referenceCause0Zh"_s);
            const auto *firstEn = panel.findChild<QLabel *>(u"referenceCause0En"_s);
            QVERIFY(firstZh->text().startsWith(u"<b>"_s) && firstZh->text().contains(matched.text.zh.toHtmlEscaped()));
            QVERIFY(firstEn->text().startsWith(u"<b>"_s) && firstEn->text().contains(matched.text.en.toHtmlEscaped()));
            const auto *mark = panel.findChild<QLabel *>(u"referenceMatchedCause"_s);
            QVERIFY(mark);
            QVERIFY(mark->text().contains(u"OfflineReason=config modify or manual offline"_s));
            QVERIFY(topLeftIn(mark, &panel).y() >= topLeftIn(firstEn, &panel).y() + firstEn->height());
        } else {
            QVERIFY(!panel.findChild<QLabel *>(u"referenceMeaningZh"_s));
            const auto *meaning = panel.findChild<QLabel *>(u"referenceMeaning"_s);
            QVERIFY(meaning);
            const qsizetype zhAt = meaning->text().indexOf(entry.meaning.zh.toHtmlEscaped());
            const qsizetype enAt = meaning->text().indexOf(entry.meaning.en.toHtmlEscaped());
            QVERIFY2(zhAt >= 0 && enAt > zhAt, qPrintable(meaning->text()));
        }
    }

    void otherCausesUnfold_data()
    {
        QTest::addColumn<int>("key"); // 0: a mouse click
        QTest::newRow("click") << 0;
        QTest::newRow("Space") << int(Qt::Key_Space);
        QTest::newRow("Enter") << int(Qt::Key_Enter);
        QTest::newRow("Return") << int(Qt::Key_Return);
    }

    void otherCausesUnfold()
    {
        QFETCH(int, key);
        const LineExplanation e = explain(Teardown);
        QVERIFY(e.matchedCause >= 0);
        ReferencePanel panel;
        panel.setExplanation(e);
        panel.resize(500, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *toggle = panel.findChild<QToolButton *>(u"referenceCause1FoldToggle"_s);
        auto *detail = panel.findChild<QLabel *>(u"referenceCause1"_s);
        QVERIFY(toggle && detail);
        QVERIFY(!detail->isVisible());
        // The folded line names the cause, elided to the panel's width; the whole text is its name.
        const CatalogCause &second = e.entry->causes.at(e.causeOrder.at(1));
        QVERIFY(toggle->accessibleName().contains(second.text.en));
        QVERIFY(toggle->fontMetrics().horizontalAdvance(toggle->text()) <= toggle->width());
        QVERIFY(detail->text().contains(second.text.en.toHtmlEscaped()));

        auto press = [&] {
            if (key == 0) {
                QTest::mouseClick(toggle, Qt::LeftButton);
            } else {
                toggle->setFocus();
                QTest::keyClick(toggle, Qt::Key(key));
            }
        };
        press();
        QTRY_VERIFY(detail->isVisible());
        // Unfolded causes stay so when the panel is rebuilt for the same entry (a language change).
        panel.setLanguage(ReferenceLanguage::Chinese);
        detail = panel.findChild<QLabel *>(u"referenceCause1"_s);
        toggle = panel.findChild<QToolButton *>(u"referenceCause1FoldToggle"_s);
        QTRY_VERIFY(detail->isVisible());
        QVERIFY(detail->text().contains(second.text.zh.toHtmlEscaped()));
        press();
        QTRY_VERIFY(!detail->isVisible());
    }

    void fallbackMatchIsNoMatch_data()
    {
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<bool>("listed");

        QTest::newRow("listed reason") << QByteArray("phase1 proposal mismatch") << true;
        QTest::newRow("unlisted reason") << QByteArray("quantum flux") << false;
        QTest::newRow("unlisted reason with markup") << QByteArray("<b>x</b> & y") << false;
    }

    // A cause the reference gives no steps for: the panel says so instead of showing no checklist.
    void causeWithoutStepsSaysSo()
    {
        const LineExplanation e = explain("Dec  4 2026 00:01:12+08:00 AR-Hub-01 %%01IKE/5/IKE_NEGO_FAIL(l)[915535]:IPSec "
                                          "tunnel negotiation fails. (IfIndex=5, SeqNum=20, PeerAddress=198.51.100.77, "
                                          "PeerPort=500, Reason=rekey no find old sa)");
        QVERIFY(e.entry);
        QVERIFY(listedCause(*e.entry, e.matchedCause) >= 0);
        QVERIFY(e.entry->causes.at(e.matchedCause).steps.isEmpty());
        ReferencePanel panel;
        panel.setExplanation(e);
        QVERIFY(panel.findChild<QLabel *>(u"stepsHeading"_s));
        const auto *none = panel.findChild<QLabel *>(u"referenceNoSteps"_s);
        QVERIFY(none);
        QVERIFY2(none->text().contains(u"no steps for this cause"_s), qPrintable(none->text()));
        QVERIFY(!panel.findChild<QWidget *>(u"referenceSteps"_s));
    }

    // A Reason that matches no listed cause picks the reference's "none of the above": the panel
    // says no listed cause matches and lists every cause's steps, the fallback's last.
    void fallbackMatchIsNoMatch()
    {
        QFETCH(QByteArray, reason);
        QFETCH(bool, listed);
        const LineExplanation e = explain("Dec  4 2026 10:08:02+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[48365]:IPSec "
                                          "tunnel negotiation fails. (IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, "
                                          "PeerPort=500, Reason=" + reason + ")");
        QVERIFY(e.entry);
        QVERIFY(e.matchedCause >= 0);
        QCOMPARE(isFallbackCause(*e.entry, e.matchedCause), !listed);
        ReferencePanel panel;
        panel.setExplanation(e);
        const auto *heading = panel.findChild<QLabel *>(u"causesHeading"_s);
        QVERIFY(heading);
        QCOMPARE(panel.findChild<QLabel *>(u"referenceMatchedCause"_s) != nullptr, listed);
        const QList<ShownStep> steps = shownSteps(*e.entry, e.matchedCause, e.causeOrder);
        int listedSteps = 0;
        for (const CatalogCause &cause : e.entry->causes)
            listedSteps += cause.steps.size();
        if (listed) {
            QCOMPARE(steps.size(), e.entry->causes.at(e.matchedCause).steps.size() + e.entry->steps.size());
            return;
        }
        QVERIFY2(heading->text().contains(u"No listed cause matches Reason="_s + QString::fromUtf8(reason).toHtmlEscaped()),
                 qPrintable(heading->text()));
        QCOMPARE(steps.size(), listedSteps + e.entry->steps.size());
        QVERIFY(steps.size() > 1);
        for (int k = 0; k < steps.size(); ++k)
            QVERIFY(panel.findChild<QCheckBox *>(u"step%1"_s.arg(k)));
        // The fallback's step comes last of the causes' steps.
        const ShownStep &lastCauseStep = steps.at(listedSteps - 1);
        QVERIFY(isFallbackCause(*e.entry, int(std::find_if(e.entry->causes.cbegin(), e.entry->causes.cend(), [&](const CatalogCause &c) {
                                                  return c.key == lastCauseStep.id.causeKey;
                                              }) - e.entry->causes.cbegin())));
        QCOMPARE(panel.findChild<QCheckBox *>(u"step%1"_s.arg(listedSteps - 1))->accessibleName(), lastCauseStep.step->text.en);
        // Every cause is folded below, the fallback too, as "possible" causes.
        QVERIFY(panel.findChild<QToolButton *>(u"referenceCause%1FoldToggle"_s.arg(e.entry->causes.size() - 1)));
        QVERIFY(panel.findChild<QLabel *>(u"otherCausesHeading"_s)->text().contains(u"Possible causes"_s));
    }

    // An unfolded cause shows its own steps when the checklist holds another cause's only, and says
    // where its steps are when the checklist holds them.
    void unfoldedCauseShowsItsSteps()
    {
        const LineExplanation e = explain(Teardown);
        QVERIFY(listedCause(*e.entry, e.matchedCause) >= 0);
        ReferencePanel panel;
        panel.setExplanation(e);
        bool sawSteps = false;
        for (int c = 1; c < e.entry->causes.size(); ++c) {
            const CatalogCause &cause = e.entry->causes.at(e.causeOrder.at(c));
            const auto *detail = panel.findChild<QLabel *>(u"referenceCause%1"_s.arg(c));
            QVERIFY(detail);
            for (const CatalogStep &step : cause.steps) {
                QVERIFY2(detail->text().contains(step.text.en.toHtmlEscaped().left(20)), qPrintable(detail->text()));
                sawSteps = true;
            }
        }
        QVERIFY(sawSteps);

        LineExplanation unmatched = e;
        unmatched.matchedCause = -1;
        panel.setExplanation(unmatched);
        const auto *detail = panel.findChild<QLabel *>(u"referenceCause0"_s);
        QVERIFY(detail);
        QVERIFY(detail->text().contains(u"checklist above"_s));
    }

    void provenanceInHeader_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("zhOrigin"); // TextOrigin
        QTest::addColumn<int>("enOrigin");
        QTest::addColumn<int>("language"); // ReferenceLanguage
        QTest::addColumn<QString>("expected");

        const int vendor = int(TextOrigin::Vendor), translated = int(TextOrigin::Translated);
        const int written = int(TextOrigin::Written), user = int(TextOrigin::User);
        const int zh = int(ReferenceLanguage::Chinese), en = int(ReferenceLanguage::English);
        const int both = int(ReferenceLanguage::Both);
        QTest::newRow("no section, English, translated") << QString() << vendor << translated << en << u"translated by LogSage"_s;
        QTest::newRow("no section, Chinese, vendor") << QString() << vendor << translated << zh << u"vendor reference"_s;
        QTest::newRow("no section, English, written here") << QString() << written << written << en << u"written by LogSage"_s;
        QTest::newRow("no section, user catalog") << QString() << user << user << zh << u"user catalog"_s;
        QTest::newRow("no section, both languages")
            << QString() << vendor << translated << both << u"Chinese: vendor reference · English: translated by LogSage"_s;
        QTest::newRow("both languages, one origin") << QString() << written << written << both << u"written by LogSage"_s;
        QTest::newRow("with a section") << u"43.6"_s << vendor << translated << en << u"Section 43.6 · translated by LogSage"_s;
    }

    void provenanceInHeader()
    {
        QFETCH(QString, section);
        QFETCH(int, zhOrigin);
        QFETCH(int, enOrigin);
        QFETCH(int, language);
        QFETCH(QString, expected);

        CatalogEntry entry;
        entry.id = u"TEST/4/NO_SECTION"_s;
        entry.severity = 4;
        entry.section = section;
        entry.meaning = {u"测试。"_s, u"A test."_s, TextOrigin(zhOrigin), TextOrigin(enOrigin)};
        LineExplanation e;
        e.isRecord = true;
        e.messageId = entry.id;
        e.severity = 4;
        e.entry = &entry;

        ReferencePanel panel;
        panel.setLanguage(ReferenceLanguage(language));
        panel.setExplanation(e);
        const auto *badge = panel.findChild<QLabel *>(u"referenceProvenance"_s);
        QVERIFY(badge);
        QCOMPARE(badge->text(), u"<small>%1</small>"_s.arg(expected.toHtmlEscaped()));
        // In the header: right under the ID, before the meaning.
        const auto *title = panel.findChild<QLabel *>(u"referenceTitle"_s);
        const auto *meaning = panel.findChild<QLabel *>(u"meaningHeading"_s);
        QVERIFY(title && meaning);
        const QLayout *layout = title->parentWidget()->layout();
        QCOMPARE(layout->indexOf(badge), layout->indexOf(title) + 1);
        QVERIFY(layout->indexOf(badge) < layout->indexOf(meaning));
    }

    void followsItsWidth()
    {
        ReferencePanel panel;
        panel.setExplanation(explain(Teardown));
        panel.setLanguage(ReferenceLanguage::Both);
        const int threshold = panel.sideBySideMinimumWidth();
        panel.resize(threshold + 100, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.isSideBySide());
        QVERIFY(panel.findChild<QLabel *>(u"referenceMeaningEn"_s));

        panel.resize(threshold - 100, 900);
        QTRY_VERIFY(!panel.isSideBySide());
        QVERIFY(!panel.findChild<QLabel *>(u"referenceMeaningEn"_s));
        QVERIFY(panel.findChild<QLabel *>(u"referenceMeaning"_s));

        panel.resize(threshold + 100, 900);
        QTRY_VERIFY(panel.isSideBySide());
        QVERIFY(panel.findChild<QLabel *>(u"referenceMeaningEn"_s));

        // One language is never in columns, however wide.
        panel.setLanguage(ReferenceLanguage::English);
        QVERIFY(!panel.isSideBySide());
        QVERIFY(panel.findChild<QLabel *>(u"referenceMeaning"_s));
        QVERIFY(!panel.findChild<QLabel *>(u"referenceMeaningZh"_s));
    }

    void parameterRowsFitTheirText_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("minimumLines"); // lines of every meaning: "zh\nen" in both languages
        QTest::newRow("English") << int(ReferenceLanguage::English) << 1;
        QTest::newRow("both languages") << int(ReferenceLanguage::Both) << 2;
    }

    void parameterRowsFitTheirText()
    {
        QFETCH(int, language);
        QFETCH(int, minimumLines);

        ReferencePanel panel;
        panel.setExplanation(explain(Teardown));
        panel.setLanguage(ReferenceLanguage(language));
        auto rowsFit = [&panel, minimumLines] {
            const auto *table = panel.findChild<QTableWidget *>(u"parameterTable"_s);
            if (!table || table->rowCount() != 9)
                return false;
            int total = 0;
            for (int r = 0; r < table->rowCount(); ++r) {
                const int lines = int(table->item(r, 2)->text().count(u'\n')) + 1;
                if (lines < minimumLines || table->rowHeight(r) < lines * table->fontMetrics().lineSpacing())
                    return false;
                total += table->rowHeight(r);
            }
            return table->height() >= total; // every row shows, without a scroll bar of its own
        };
        auto tableHeight = [&panel] { return panel.findChild<QTableWidget *>(u"parameterTable"_s)->height(); };

        panel.resize(380, 1600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(rowsFit());
        const int narrowHeight = tableHeight();

        // Wider, the wrapped meanings take fewer lines: the rows get lower, not just the columns wider.
        panel.resize(1100, 1600);
        QTRY_VERIFY(tableHeight() < narrowHeight);
        QVERIFY(rowsFit());
    }

    void typedNoteSurvivesRebuild_data()
    {
        QTest::addColumn<QString>("what"); // what rebuilds the panel while the note is being typed
        QTest::newRow("panel narrows to stacked") << u"narrow"_s;
        QTest::newRow("reference language changes") << u"language"_s;
        QTest::newRow("another line is selected") << u"line"_s;
        QTest::newRow("another case is shown") << u"case"_s;
    }

    void typedNoteSurvivesRebuild()
    {
        QFETCH(QString, what);

        const LineExplanation e = explain(Teardown);
        const QList<ShownStep> steps = shownSteps(*e.entry, e.matchedCause, e.causeOrder);
        QVERIFY(steps.size() >= 2);
        Case investigation; // in memory
        Case other;
        ReferencePanel panel;
        panel.setCase(&investigation);
        panel.setExplanation(e);
        panel.setLanguage(ReferenceLanguage::Both);
        panel.resize(panel.sideBySideMinimumWidth() + 100, 1200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.isSideBySide());

        auto *button = panel.findChild<QToolButton *>(u"stepNoteButton1"_s);
        QVERIFY(button);
        QTest::keyClick(button, Qt::Key_Space);
        auto *note = panel.findChild<QLineEdit *>(u"stepNote1"_s);
        QVERIFY(note && note->isVisible());
        QTest::keyClicks(note, u"asked the peer"_s); // no Enter, focus stays
        QCOMPARE(investigation.note(steps.at(1).id), QString());

        if (what == u"narrow"_s) {
            panel.resize(panel.sideBySideMinimumWidth() - 100, 1200);
            QTRY_VERIFY(!panel.isSideBySide());
        } else if (what == u"language"_s) {
            panel.setLanguage(ReferenceLanguage::Chinese);
        } else if (what == u"line"_s) {
            panel.setExplanation(explain(QByteArray(Teardown).replace("to-hub", "to-dc")));
        } else {
            panel.setCase(&other);
        }
        QCOMPARE(investigation.note(steps.at(1).id), u"asked the peer"_s);
        QCOMPARE(investigation.note(steps.at(0).id), QString());
        QCOMPARE(other.note(steps.at(1).id), QString());
        auto *shown = panel.findChild<QLineEdit *>(u"stepNote1"_s);
        QVERIFY(shown);
        QCOMPARE(shown->text(), what == u"case"_s ? QString() : u"asked the peer"_s);
    }

    void unknownMessageOffersSearch_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("typed"); // empty: keep the suggestion
        QTest::addColumn<QString>("expectedQuery");

        const QByteArray unknown = "Dec  4 2026 10:15:32+08:00 AR-1 %%01ZZTOP/4/NOT_IN_ANY_CATALOG(l)[3]:Something odd. (A=1)";
        const QByteArray unknownIke = "Dec  4 2026 10:15:32+08:00 AR-1 %%01IKE/4/SOMETHING_NEW(l)[3]:New message.";
        QTest::newRow("suggests the module") << unknown << QString() << u"ZZTOP"_s;
        QTest::newRow("a known module") << unknownIke << QString() << u"IKE"_s;
        QTest::newRow("the user's words") << unknown << u"  proposal mismatch "_s << u"proposal mismatch"_s;
    }

    void unknownMessageOffersSearch()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, typed);
        QFETCH(QString, expectedQuery);

        ReferencePanel panel;
        const LineExplanation e = explain(line);
        QVERIFY(e.isRecord);
        QVERIFY(!e.entry);
        panel.setExplanation(e);
        panel.show();
        QVERIFY(panel.findChild<QLabel *>(u"referenceUnknown"_s));
        QVERIFY(!panel.findChild<QLabel *>(u"referenceMeaning"_s));
        auto *field = panel.findChild<QLineEdit *>(u"catalogSearchField"_s);
        auto *button = panel.findChild<QPushButton *>(u"catalogSearchButton"_s);
        QVERIFY(field && button);
        if (!typed.isEmpty()) {
            field->clear();
            QTest::keyClicks(field, typed);
        }
        QSignalSpy requested(&panel, &ReferencePanel::catalogSearchRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), expectedQuery);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(requested.size(), 2);

        // Nothing to search for: no request.
        field->clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 2);
    }

private:
    Catalog m_catalog;
};

QTEST_MAIN(TestReferencePanel)
#include "tst_referencepanel.moc"
