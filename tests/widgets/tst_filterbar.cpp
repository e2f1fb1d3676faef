// The filter bar above a log: each control, found by objectName, changes the filter it emits and
// the lines the view shows; an invalid expression is marked and says why; Clear shows every line.

#include "catalog.h"
#include "filterbar.h"
#include "filteredlines.h"
#include "linesource.h"
#include "logdocument.h"
#include "logtab.h"
#include "logview.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <functional>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

QString samplePath()
{
    return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/samples/branch-day.log"_s;
}

QDateTime lineTime(const LogDocument &document, const LineRecord &record)
{
    return QDateTime::fromMSecsSinceEpoch(document.timeBase() + qint64(record.time) * 1000, QTimeZone::UTC);
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private:
    using Keep = std::function<bool(const LogDocument &, LineNumber)>;

    /// The sample opened in a window, with nothing restored from an earlier test's case.
    struct Opened {
        MainWindow window{Catalog::bundled()};
        LogTab *tab = nullptr;
        FilterBar *bar = nullptr;
        FilteredLines *lines = nullptr;
    };

    static bool open(Opened &o)
    {
        QSignalSpy indexed(&o.window, &MainWindow::documentIndexed);
        if (!o.window.openFile(samplePath()))
            return false;
        if (indexed.isEmpty() && !indexed.wait(20000))
            return false;
        o.tab = o.window.currentTab();
        o.bar = o.tab->findChild<FilterBar *>(u"filterBar"_s);
        o.lines = o.tab->findChild<FilteredLines *>();
        return o.bar && o.lines && o.tab->filter().isEmpty();
    }

    template<typename T>
    static T *control(Opened &o, const char *name)
    {
        return o.bar->findChild<T *>(QString::fromLatin1(name));
    }

    /// Every shown row passes `keep`, and every line of the file that passes it is shown.
    static void verifyShown(Opened &o, const Keep &keep)
    {
        QTRY_VERIFY(!o.lines->isSearching());
        const LogDocument &document = *o.window.currentDocument();
        const LineSource *source = o.window.currentView()->lineSource();
        quint64 kept = 0;
        for (quint64 i = 0; i < document.lineCount().value; ++i)
            kept += keep(document, LineNumber(i)) ? 1 : 0;
        QCOMPARE(source->rowCount(), kept);
        for (quint64 row = 0; row < source->rowCount(); ++row)
            QVERIFY2(keep(document, source->originalLine(row)), qPrintable(source->text(row)));
        // The count beside the bar says so.
        auto *shown = o.bar->findChild<QLabel *>(u"filterShown"_s);
        QVERIFY(shown);
        QVERIFY2(shown->text().startsWith(QLocale().toString(kept) + u' ')
                     && shown->text().contains(QLocale().toString(document.lineCount().value)),
                 qPrintable(shown->text()));
    }

    static void typeText(Opened &o, const QString &text)
    {
        auto *edit = o.bar->findChild<QLineEdit *>(u"filterText"_s);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll(); // typed over, as a user would; clear() would apply the empty text first
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        // A filter kept in the sample's case would be restored on opening it.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
    }

    void controlChangesFilter_data()
    {
        QTest::addColumn<QString>("control");
        QTest::addColumn<QString>("value");
        QTest::newRow("text") << u"filterText"_s << u"ike_nego_FAIL"_s;
        QTest::newRow("regex") << u"filterRegex"_s << u"IKE_NEGO_FAIL.*phase1|SSH_USER_LOG(IN|OUT)"_s;
        QTest::newRow("case") << u"filterCase"_s << u"ike_nego_fail"_s;
        QTest::newRow("severity") << u"filterSeverity"_s << u"4"_s;
        QTest::newRow("module") << u"filterModule"_s << u"IKE"_s;
        QTest::newRow("message") << u"filterMessage"_s << u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s;
        QTest::newRow("host") << u"filterHost"_s << u"AR-Branch-01"_s;
        QTest::newRow("recognized") << u"filterRecognition"_s << u"1"_s;
        QTest::newRow("unknown") << u"filterRecognition"_s << u"2"_s;
        QTest::newRow("time") << u"filterUseTime"_s << u"2026-12-04T12:00:30"_s;
    }

    void controlChangesFilter()
    {
        QFETCH(QString, control);
        QFETCH(QString, value);
        Opened o;
        QVERIFY(open(o));
        QSignalSpy changed(o.bar, &FilterBar::specChanged);
        const QBitArray recognized = o.tab->recognizedTypes();
        auto typeName = [](const LogDocument &d, LineNumber l) { return QString::fromUtf8(d.messageTypeName(d.record(l).messageType)); };
        Keep keep;
        std::function<bool(const FilterSpec &)> specSays;

        if (control == "filterText"_L1) {
            typeText(o, value);
            keep = [value](const LogDocument &d, LineNumber l) { return d.lineText(l).contains(value, Qt::CaseInsensitive); };
            specSays = [value](const FilterSpec &s) { return s.text == value && !s.regex && !s.caseSensitive; };
        } else if (control == "filterRegex"_L1) {
            QTest::mouseClick(control_<QToolButton>(o, "filterRegex"), Qt::LeftButton);
            typeText(o, value);
            const QRegularExpression re(value, QRegularExpression::CaseInsensitiveOption);
            keep = [re](const LogDocument &d, LineNumber l) { return re.match(d.lineText(l)).hasMatch(); };
            specSays = [value](const FilterSpec &s) { return s.text == value && s.regex; };
        } else if (control == "filterCase"_L1) {
            typeText(o, value);
            QVERIFY(!changed.isEmpty() || changed.wait(5000));
            QTRY_VERIFY(!o.lines->isSearching());
            QVERIFY(o.window.currentView()->lineSource()->rowCount() > 0);
            changed.clear();
            QTest::mouseClick(control_<QToolButton>(o, "filterCase"), Qt::LeftButton);
            keep = [value](const LogDocument &d, LineNumber l) { return d.lineText(l).contains(value, Qt::CaseSensitive); };
            specSays = [](const FilterSpec &s) { return s.caseSensitive; };
        } else if (control == "filterSeverity"_L1) {
            auto *box = control_<QComboBox>(o, "filterSeverity");
            box->setCurrentIndex(box->findData(value.toInt()));
            keep = [](const LogDocument &d, LineNumber l) { return d.record(l).severity <= 4; };
            specSays = [](const FilterSpec &s) { return s.worstSeverity == 4; };
        } else if (control == "filterModule"_L1 || control == "filterHost"_L1) {
            auto *box = control_<QComboBox>(o, control.toLatin1().constData());
            QVERIFY2(box->findText(value) > 0, "the document's values are offered");
            box->setCurrentIndex(box->findText(value));
            if (control == "filterModule"_L1) {
                keep = [=](const LogDocument &d, LineNumber l) { return typeName(d, l).startsWith(value + u'/'); };
                specSays = [value](const FilterSpec &s) { return s.module == value; };
            } else {
                keep = [value](const LogDocument &d, LineNumber l) { return QString::fromUtf8(d.hostName(d.record(l).host)) == value; };
                specSays = [value](const FilterSpec &s) { return s.host == value; };
            }
        } else if (control == "filterMessage"_L1) {
            auto *box = control_<QComboBox>(o, "filterMessage");
            QVERIFY(box->findText(value) > 0);
            QTest::keyClicks(box->lineEdit(), value);
            QTest::keyClick(box->lineEdit(), Qt::Key_Return);
            keep = [=](const LogDocument &d, LineNumber l) { return typeName(d, l) == value; };
            specSays = [value](const FilterSpec &s) { return s.messageId == value; };
        } else if (control == "filterRecognition"_L1) {
            auto *box = control_<QComboBox>(o, "filterRecognition");
            box->setCurrentIndex(box->findData(value.toInt()));
            const bool wanted = value == "1"_L1;
            keep = [recognized, wanted](const LogDocument &d, LineNumber l) {
                const quint16 type = d.record(l).messageType;
                return type != 0 && (type < recognized.size() && recognized.testBit(type)) == wanted;
            };
            specSays = [value](const FilterSpec &s) { return int(s.recognition) == value.toInt(); };
        } else if (control == "filterUseTime"_L1) {
            auto *from = control_<QDateTimeEdit>(o, "filterFrom");
            auto *to = control_<QDateTimeEdit>(o, "filterTo");
            QVERIFY(!from->isEnabled() && !to->isEnabled());
            const QDateTime start = QDateTime::fromString(value, Qt::ISODate); // as printed
            const QDateTime fromTime(start.date(), start.time(), QTimeZone::UTC);
            const QDateTime toTime = fromTime.addSecs(3600);
            from->setDateTime(fromTime);
            to->setDateTime(toTime);
            control_<QCheckBox>(o, "filterUseTime")->click();
            QVERIFY(from->isEnabled() && to->isEnabled());
            keep = [fromTime, toTime](const LogDocument &d, LineNumber l) {
                const LineRecord r = d.record(l);
                const QDateTime t = lineTime(d, r);
                return (r.flags & HasTime) && t >= fromTime && t <= toTime;
            };
            specSays = [fromTime, toTime](const FilterSpec &s) { return s.from == fromTime && s.to == toTime; };
        } else {
            QFAIL("unknown control");
        }
        QVERIFY(!changed.isEmpty() || changed.wait(5000));
        const FilterSpec emitted = changed.constLast().constFirst().value<FilterSpec>();
        QVERIFY(specSays(emitted));
        QCOMPARE(o.tab->filter(), emitted);
        verifyShown(o, keep);
        QVERIFY(o.window.currentView()->lineSource()->rowCount() < o.window.currentDocument()->lineCount().value);
    }

    void typingPauseApplies()
    {
        Opened o;
        QVERIFY(open(o));
        QSignalSpy changed(o.bar, &FilterBar::specChanged);
        QTest::keyClicks(o.bar->findChild<QLineEdit *>(u"filterText"_s), u"SSH_FAIL"_s);
        QCOMPARE(changed.count(), 0); // not while typing
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<FilterSpec>().text, u"SSH_FAIL"_s);
    }

    void invalidRegexIsMarked_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("open group") << u"IKE_(NEGO"_s;
        QTest::newRow("open class") << u"[a-"_s;
        QTest::newRow("nothing to repeat") << u"*SSH"_s;
    }

    void invalidRegexIsMarked()
    {
        QFETCH(QString, pattern);
        Opened o;
        QVERIFY(open(o));
        auto *edit = o.bar->findChild<QLineEdit *>(u"filterText"_s);
        QTest::mouseClick(control_<QToolButton>(o, "filterRegex"), Qt::LeftButton);
        typeText(o, u"SSH_FAIL"_s);
        QTRY_COMPARE(o.tab->filter().text, u"SSH_FAIL"_s);
        const QColor validBase = edit->palette().color(QPalette::Base);

        QSignalSpy changed(o.bar, &FilterBar::specChanged);
        typeText(o, pattern);
        // Marked: a warning icon, a tint, and the reason as the tooltip.
        QVERIFY2(edit->toolTip().startsWith(u"Invalid regular expression at position"_s), qPrintable(edit->toolTip()));
        const QString reason = QRegularExpression(pattern).errorString();
        QVERIFY2(edit->toolTip().contains(reason), qPrintable(edit->toolTip()));
        bool iconShown = false;
        for (QAction *action : edit->actions())
            iconShown = iconShown || (action->isVisible() && !action->icon().isNull()
                                      && !action->objectName().startsWith(u"_q_"_s)); // not the clear button
        QVERIFY2(iconShown, "a warning icon is shown in the field");
        QVERIFY(edit->palette().color(QPalette::Base) != validBase);
        // The last working filter stays.
        QCOMPARE(changed.count(), 0);
        QCOMPARE(o.tab->filter().text, u"SSH_FAIL"_s);

        // Fixing the expression clears the mark.
        typeText(o, u"SSH_(FAIL|USER_LOGIN)"_s);
        QVERIFY(edit->toolTip().isEmpty());
        QCOMPARE(changed.count(), 1);
    }

    void clearResets()
    {
        Opened o;
        QVERIFY(open(o));
        const quint64 total = o.window.currentDocument()->lineCount().value;
        QTest::mouseClick(control_<QToolButton>(o, "filterRegex"), Qt::LeftButton);
        QTest::mouseClick(control_<QToolButton>(o, "filterCase"), Qt::LeftButton);
        typeText(o, u"SSH"_s);
        auto *severity = control_<QComboBox>(o, "filterSeverity");
        severity->setCurrentIndex(severity->findData(4));
        auto *host = control_<QComboBox>(o, "filterHost");
        host->setCurrentIndex(1);
        control_<QCheckBox>(o, "filterUseTime")->click();
        o.tab->hideMessage(u"SSH/4/SSH_FAIL"_s);
        QTRY_VERIFY(!o.lines->isSearching());
        QVERIFY(o.window.currentView()->lineSource()->rowCount() < total);

        QSignalSpy changed(o.bar, &FilterBar::specChanged);
        QTest::mouseClick(control_<QToolButton>(o, "filterClear"), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.constFirst().constFirst().value<FilterSpec>().isEmpty());
        QVERIFY(o.tab->filter().isEmpty());
        QCOMPARE(o.window.currentView()->lineSource()->rowCount(), total);
        QVERIFY(o.bar->findChild<QLineEdit *>(u"filterText"_s)->text().isEmpty());
        QVERIFY(!control_<QToolButton>(o, "filterRegex")->isChecked());
        QVERIFY(!control_<QToolButton>(o, "filterCase")->isChecked());
        QCOMPARE(severity->currentData().toInt(), 7);
        QCOMPARE(host->currentIndex(), 0);
        QVERIFY(!control_<QCheckBox>(o, "filterUseTime")->isChecked());
        QVERIFY(!control_<QDateTimeEdit>(o, "filterFrom")->isEnabled());
        QVERIFY(o.bar->findChild<QLabel *>(u"filterShown"_s)->text().isEmpty());
    }

private:
    template<typename T>
    static T *control_(Opened &o, const char *name)
    {
        T *found = control<T>(o, name);
        if (!found)
            qFatal("no control %s", name);
        return found;
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
