// Cases in the main window: a log that grew keeps its case and says so, a log that changed asks
// which case to use, logs opened together share one case, a followed log keeps its case, and
// Open Case finds its logs beside the case file or asks where they are.

#include "casestore.h"
#include "workbenchfixture.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace LogSage;
using namespace WorkbenchTest;

namespace {

QByteArray sampleBytes()
{
    QFile file(samplePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}

/// Opens `paths` together and waits until each is indexed.
bool openAllAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy indexed(&window, &MainWindow::documentIndexed);
    if (!window.openFiles(paths))
        return false;
    while (indexed.count() < paths.size())
        if (!indexed.wait(20000))
            return false;
    return true;
}

LogTab *tabOf(MainWindow &window, const QString &path)
{
    auto *tabs = window.findChild<QTabWidget *>(u"logTabs"_s);
    for (int i = 0; tabs && i < tabs->count(); ++i)
        if (auto *tab = qobject_cast<LogTab *>(tabs->widget(i)); QFileInfo(tab->document()->path()) == QFileInfo(path))
            return tab;
    return nullptr;
}

/// Selects a line the reference panel has steps for and ticks (or reads) the first step.
QCheckBox *firstStep(MainWindow &window)
{
    const qint64 line = explainedLine(*window.currentDocument());
    if (line < 0 || !window.selectLine(quint64(line)))
        return nullptr;
    return window.referencePanel()->findChild<QCheckBox *>(u"step0"_s);
}

QWidget *barOf(LogTab *tab)
{
    return tab ? tab->findChild<QWidget *>(u"caseMessageBar"_s) : nullptr;
}

QString barText(LogTab *tab)
{
    auto *text = tab ? tab->findChild<QLabel *>(u"caseMessageText"_s) : nullptr;
    return text ? text->text() : QString();
}

bool barShown(LogTab *tab)
{
    QWidget *bar = barOf(tab);
    return bar && !bar->isHidden();
}

QPushButton *barButton(LogTab *tab, const QString &name)
{
    return tab ? tab->findChild<QPushButton *>(name) : nullptr;
}

/// The bookmarked lines of the tab's own file, as its case keeps them.
QSet<quint64> bookmarksOf(LogTab *tab)
{
    Case *investigation = tab->investigation();
    return investigation ? investigation->bookmarkedLines(investigation->fingerprintOf(QFileInfo(tab->document()->path()).absoluteFilePath()))
                         : QSet<quint64>();
}

} // namespace

class TestCases : public QObject
{
    Q_OBJECT
public:
    explicit TestCases(QString home)
        : m_home(std::move(home))
    {
    }

private:
    QString m_home;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(usesHome(m_home), qPrintable(QSettings().fileName())); }
    void init() { forgetSettingsAndCases(); }

    void grownFileKeepsItsCase()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"branch.log"_s);
        QVERIFY(writeFile(log, sampleBytes()));
        QString storedAt;
        {
            MainWindow window(Catalog::bundled());
            QVERIFY(openAndWait(window, log));
            QCheckBox *step = firstStep(window);
            QVERIFY(step);
            step->click();
            QVERIFY(step->isChecked());
            window.currentTab()->toggleBookmark(LineNumber(5));
            storedAt = window.currentTab()->investigation()->storagePath();
            QVERIFY(QFile::exists(storedAt));
            QVERIFY(!barShown(window.currentTab()));
        }
        const QByteArray more = "Dec  4 2026 23:59:59+08:00 AR-Branch-07 %%01SHELL/5/CMDRECORD(s)[9]:Recorded command.\n";
        QVERIFY(writeFile(log, more, QIODevice::Append));

        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, log));
        LogTab *tab = window.currentTab();
        QCOMPARE(tab->investigation()->storagePath(), storedAt);
        QCheckBox *step = firstStep(window);
        QVERIFY(step);
        QVERIFY(step->isChecked()); // the tick is kept
        QCOMPARE(tab->investigation()->bookmarkedLines(tab->investigation()->files().at(0).fingerprint), (QSet<quint64>{5}));
        QVERIFY(tab->changedBookmarkLines().isEmpty());
        QVERIFY(barShown(tab));
        const QString expected = u"branch.log has grown since this case was saved (%1 more bytes); ticks, notes and bookmarks are kept."_s.arg(more.size());
        QCOMPARE(barText(tab), expected);
        QVERIFY(barButton(tab, u"caseUseThatCase"_s)->isHidden());
        // Said once, in the bar above the log: not repeated in the status bar.
        QVERIFY(!window.statusBar()->currentMessage().contains(u"has grown"_s));
    }

    void changedFileAsksWhichCase_data()
    {
        QTest::addColumn<bool>("useThatCase");
        QTest::newRow("use that case") << true;
        QTest::newRow("start a new case") << false;
    }

    void changedFileAsksWhichCase()
    {
        QFETCH(bool, useThatCase);
        QTemporaryDir dir;
        const QString log = dir.filePath(u"branch.log"_s);
        QByteArray bytes = sampleBytes();
        QVERIFY(writeFile(log, bytes));
        QString storedAt;
        {
            MainWindow window(Catalog::bundled());
            QVERIFY(openAndWait(window, log));
            QCheckBox *step = firstStep(window);
            QVERIFY(step);
            step->click();
            window.currentTab()->toggleBookmark(LineNumber(0));
            window.currentTab()->toggleBookmark(LineNumber(1));
            storedAt = window.currentTab()->investigation()->storagePath();
        }
        // The first line reads differently now; the second is as it was.
        bytes.insert(0, "# edited\n");
        bytes.remove(0, bytes.indexOf('\n', 9) + 1);
        bytes.insert(0, "# edited\n");
        QVERIFY(writeFile(log, bytes));

        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, log));
        LogTab *tab = window.currentTab();
        QVERIFY(barShown(tab));
        QVERIFY2(barText(tab).startsWith(u"branch.log has changed since the case of "_s), qPrintable(barText(tab)));
        QPushButton *use = barButton(tab, u"caseUseThatCase"_s);
        QPushButton *fresh = barButton(tab, u"caseStartNewCase"_s);
        QVERIFY(use && fresh && !use->isHidden() && !fresh->isHidden());
        QVERIFY(tab->investigation()->steps().isEmpty()); // nothing of the old case until asked
        QVERIFY(tab->investigation()->storagePath() != storedAt);

        (useThatCase ? use : fresh)->click();
        QVERIFY(!barShown(tab));
        if (useThatCase) {
            QCOMPARE(tab->investigation()->storagePath(), storedAt);
            QVERIFY(!tab->investigation()->steps().isEmpty());
            QCheckBox *step = firstStep(window);
            QVERIFY(step && step->isChecked());
            QCOMPARE(tab->investigation()->bookmarks().size(), 2); // kept, and the changed one marked
            QCOMPARE(tab->changedBookmarkLines(), (QList<quint64>{0}));
            QVERIFY(window.statusBar()->currentMessage().contains(u"1 bookmark"_s));
        } else {
            QVERIFY(tab->investigation()->steps().isEmpty());
            QVERIFY(QFile::exists(tab->investigation()->storagePath())); // kept: not asked again
        }

        // Either way, the next time this content opens straight into the case chosen.
        MainWindow again(Catalog::bundled());
        QVERIFY(openAndWait(again, log));
        QVERIFY(!barShown(again.currentTab()));
        QCOMPARE(again.currentTab()->investigation()->steps().isEmpty(), !useThatCase);
    }

    void filesOpenedTogetherShareOneCase()
    {
        QTemporaryDir dir;
        const QString hub = dir.filePath(u"hub.log"_s), branch = dir.filePath(u"branch.log"_s);
        QVERIFY(writeFile(hub, sampleBytes()));
        QVERIFY(writeFile(branch, "# the branch's copy\n" + sampleBytes()));
        QString storedAt;
        {
            MainWindow window(Catalog::bundled());
            QVERIFY(openAllAndWait(window, {hub, branch}));
            LogTab *hubTab = tabOf(window, hub), *branchTab = tabOf(window, branch);
            QVERIFY(hubTab && branchTab);
            QVERIFY(hubTab->investigation());
            QCOMPARE(hubTab->investigation(), branchTab->investigation());
            hubTab->toggleBookmark(LineNumber(3));
            branchTab->toggleBookmark(LineNumber(7));
            FilterSpec hubOnly;
            hubOnly.host = u"AR-Hub-01"_s;
            hubTab->setFilter(hubOnly);
            storedAt = hubTab->investigation()->storagePath();
            QCOMPARE(hubTab->investigation()->files().size(), 2);
        }
        MainWindow window(Catalog::bundled());
        QVERIFY(openAllAndWait(window, {branch, hub}));
        LogTab *hubTab = tabOf(window, hub), *branchTab = tabOf(window, branch);
        QVERIFY(hubTab && branchTab);
        QCOMPARE(hubTab->investigation(), branchTab->investigation());
        QCOMPARE(hubTab->investigation()->storagePath(), storedAt);
        QCOMPARE(bookmarksOf(hubTab), (QSet<quint64>{3}));
        QCOMPARE(bookmarksOf(branchTab), (QSet<quint64>{7}));
        QCOMPARE(hubTab->filter().host, u"AR-Hub-01"_s); // filters are per file
        QVERIFY(branchTab->filter().isEmpty());

        // One file of the set alone is a case of its own.
        MainWindow alone(Catalog::bundled());
        QVERIFY(openAndWait(alone, hub));
        QVERIFY(alone.currentTab()->investigation()->storagePath() != storedAt);
        QVERIFY(bookmarksOf(alone.currentTab()).isEmpty());
    }

    void filesDroppedTogetherShareOneCase()
    {
        QTemporaryDir dir;
        const QString hub = dir.filePath(u"hub.log"_s), branch = dir.filePath(u"branch.log"_s);
        QVERIFY(writeFile(hub, sampleBytes()));
        QVERIFY(writeFile(branch, "# the branch's copy\n" + sampleBytes()));
        MainWindow window(Catalog::bundled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(hub), QUrl::fromLocalFile(branch)});
        QDragEnterEvent enter(window.rect().center(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(window.rect().center()), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        LogTab *hubTab = tabOf(window, hub), *branchTab = tabOf(window, branch);
        QVERIFY(hubTab && branchTab);
        QVERIFY(hubTab->investigation());
        QCOMPARE(hubTab->investigation(), branchTab->investigation());
        QCOMPARE(hubTab->investigation()->files().size(), 2);
    }

    void sameFileTwiceSharesItsCase()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"branch.log"_s);
        QVERIFY(writeFile(log, sampleBytes()));
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, log));
        LogTab *first = window.currentTab();
        first->toggleBookmark(LineNumber(1));
        QVERIFY(openAndWait(window, log));
        LogTab *second = window.currentTab();
        QVERIFY(second != first);
        QCOMPARE(second->investigation(), first->investigation());
        second->toggleBookmark(LineNumber(2));
        QCOMPARE(bookmarksOf(first), (QSet<quint64>{1, 2})); // neither tab's bookmark overwrites the other's
    }

    void followedFileKeepsItsCase()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"live.log"_s);
        QVERIFY(writeFile(log, sampleBytes()));
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, log));
        LogTab *tab = window.currentTab();
        Case *investigation = tab->investigation();
        tab->toggleBookmark(LineNumber(2));
        const QString storedAt = investigation->storagePath();
        QSignalSpy added(tab->document(), &LogDocument::linesAdded);
        tab->setFollowSaveInterval(std::chrono::milliseconds(0));
        tab->document()->setFollowing(true);
        QVERIFY(writeFile(log, "Dec  4 2026 23:59:59+08:00 AR-Branch-07 %%01SHELL/5/CMDRECORD(s)[9]:more.\n", QIODevice::Append));
        const QString now = fingerprintFile(log).file.fingerprint;
        QTRY_COMPARE_WITH_TIMEOUT(investigation->files().at(0).fingerprint, now, 20000);
        QCOMPARE(tab->investigation(), investigation);
        QCOMPARE(investigation->storagePath(), storedAt);
        QCOMPARE(bookmarksOf(tab), (QSet<quint64>{2}));
        QFile saved(storedAt);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains(now.toLatin1()));
    }

    void followedGrowthIsWrittenAtMostOncePerInterval_data()
    {
        QTest::addColumn<int>("batches");
        QTest::newRow("one batch") << 1;
        QTest::newRow("three batches") << 3;
    }

    // Each batch of followed lines does not rewrite the case: within the interval nothing is
    // written, and the last size is written once when the tab closes.
    void followedGrowthIsWrittenAtMostOncePerInterval()
    {
        QFETCH(int, batches);
        QTemporaryDir dir;
        const QString log = dir.filePath(u"live.log"_s);
        QVERIFY(writeFile(log, sampleBytes()));
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, log));
        LogTab *tab = window.currentTab();
        tab->toggleBookmark(LineNumber(2)); // the case is kept on disk from now on
        const std::shared_ptr<Case> investigation = tab->sharedCase();
        const QString storedAt = investigation->storagePath();
        QVERIFY(QFile::exists(storedAt));
        QSignalSpy written(investigation.get(), &Case::filesChanged);
        QSignalSpy added(tab->document(), &LogDocument::linesAdded);
        tab->setFollowSaveInterval(std::chrono::hours(1));
        tab->document()->setFollowing(true);
        for (int batch = 0; batch < batches; ++batch) {
            const int before = int(added.count());
            QVERIFY(writeFile(log, "Dec  4 2026 23:59:59+08:00 AR-Branch-07 %%01SHELL/5/CMDRECORD(s)[9]:more " + QByteArray::number(batch) + ".\n",
                              QIODevice::Append));
            QTRY_VERIFY_WITH_TIMEOUT(added.count() > before, 20000);
        }
        QCOMPARE(written.count(), 0);
        const QString now = fingerprintFile(log).file.fingerprint;
        QVERIFY(investigation->files().at(0).fingerprint != now);

        delete tab; // closing the tab writes what it followed
        QCOMPARE(written.count(), 1);
        QCOMPARE(investigation->files().at(0).fingerprint, now);
        QFile saved(storedAt);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains(now.toLatin1()));
    }

    void openCaseOfAnOpenLogFocusesItsTab_data()
    {
        QTest::addColumn<bool>("handedOver"); // a copy written with Save Case As, else the stored case
        QTest::newRow("its stored case") << false;
        QTest::newRow("a case handed over") << true;
    }

    // Open Case for a log open already: its tab comes to the front with the case, no second tab.
    void openCaseOfAnOpenLogFocusesItsTab()
    {
        QFETCH(bool, handedOver);
        QTemporaryDir dir;
        const QString log = dir.filePath(u"branch.log"_s), other = dir.filePath(u"hub.log"_s);
        QVERIFY(writeFile(log, sampleBytes()));
        QVERIFY(writeFile(other, "# the hub\n" + sampleBytes()));
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, log));
        LogTab *tab = window.currentTab();
        tab->toggleBookmark(LineNumber(5));
        Case *before = tab->investigation();
        QString caseFile = before->storagePath();
        if (handedOver) {
            caseFile = dir.filePath(u"handed.json"_s);
            QCOMPARE(CaseStore::saveCaseAs(*before, caseFile), QString());
        }
        QVERIFY(openAndWait(window, other));
        QVERIFY(window.currentTab() != tab);

        QVERIFY(window.openCase(caseFile));
        QCOMPARE(window.findChild<QTabWidget *>(u"logTabs"_s)->count(), 2);
        QCOMPARE(window.currentTab(), tab);
        QCOMPARE(casePath(tab->investigation()->storagePath()), casePath(caseFile));
        if (!handedOver)
            QCOMPARE(tab->investigation(), before); // the same object: two would overwrite each other
        QCOMPARE(bookmarksOf(tab), (QSet<quint64>{5}));
        tab->toggleBookmark(LineNumber(6));
        QCOMPARE(bookmarksOf(tab), (QSet<quint64>{5, 6}));
    }

    void openCaseFindsItsLogs_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("tabs");
        QTest::addColumn<int>("asked");
        QTest::newRow("beside the case file") << u"beside"_s << 2 << 0;
        QTest::newRow("one located by the user") << u"located"_s << 2 << 1;
        QTest::newRow("one nowhere") << u"nowhere"_s << 1 << 1;
    }

    void openCaseFindsItsLogs()
    {
        QFETCH(QString, where);
        QFETCH(int, tabs);
        QFETCH(int, asked);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"logs"_s)) && QDir().mkpath(dir.filePath(u"handed"_s)));
        const QString hub = dir.filePath(u"logs/hub.log"_s), branch = dir.filePath(u"logs/branch.log"_s);
        QVERIFY(writeFile(hub, sampleBytes()));
        QVERIFY(writeFile(branch, "# the branch's copy\n" + sampleBytes()));
        const QString caseFile = dir.filePath(u"handed/outage.json"_s);
        {
            MainWindow window(Catalog::bundled());
            QVERIFY(openAllAndWait(window, {hub, branch}));
            tabOf(window, hub)->toggleBookmark(LineNumber(3));
            tabOf(window, branch)->toggleBookmark(LineNumber(7));
            QCOMPARE(CaseStore::saveCaseAs(*window.currentTab()->investigation(), caseFile), QString());
        }
        QVERIFY(QFile::rename(hub, dir.filePath(u"handed/hub.log"_s)));
        const QString renamed = dir.filePath(u"elsewhere.log"_s);
        if (where == u"beside"_s)
            QVERIFY(QFile::rename(branch, dir.filePath(u"handed/branch.log"_s)));
        else if (where == u"located"_s)
            QVERIFY(QFile::rename(branch, renamed));
        else
            QVERIFY(QFile::remove(branch));

        MainWindow window(Catalog::bundled());
        QStringList askedFor;
        window.setLogLocator([&](const QString &saved) {
            askedFor.append(saved);
            return where == u"located"_s ? renamed : QString();
        });
        QSignalSpy indexed(&window, &MainWindow::documentIndexed);
        QVERIFY(window.openCase(caseFile));
        while (indexed.count() < tabs)
            QVERIFY(indexed.wait(20000));
        QCOMPARE(askedFor.size(), asked);
        if (asked)
            QCOMPARE(askedFor.at(0), branch);
        auto *tabWidget = window.findChild<QTabWidget *>(u"logTabs"_s);
        QCOMPARE(tabWidget->count(), tabs);
        LogTab *hubTab = tabOf(window, dir.filePath(u"handed/hub.log"_s));
        QVERIFY(hubTab);
        QCOMPARE(hubTab->investigation()->storagePath(), caseFile);
        QCOMPARE(bookmarksOf(hubTab), (QSet<quint64>{3}));
        if (tabs == 2) {
            LogTab *branchTab = tabOf(window, where == u"located"_s ? renamed : dir.filePath(u"handed/branch.log"_s));
            QVERIFY(branchTab);
            QCOMPARE(branchTab->investigation(), hubTab->investigation());
            QCOMPARE(bookmarksOf(branchTab), (QSet<quint64>{7}));
        } else {
            auto *box = window.findChild<QMessageBox *>(u"errorBox"_s);
            QVERIFY(box);
            QVERIFY2(box->text().contains(branch) && box->text().contains(u"could not be found"_s), qPrintable(box->text()));
        }
    }
};

WORKBENCH_TEST_MAIN(TestCases)
#include "tst_cases.moc"
