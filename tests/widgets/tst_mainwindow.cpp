// The first end-to-end slice: open the sample log, select a line, read its reference.

#include "catalog.h"
#include "logdocument.h"
#include "logview.h"
#include "mainwindow.h"
#include "referencebrowser.h"
#include "referencepanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString samplePath()
    {
        return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/samples/branch-day.log"_s;
    }

    /// The first line of the document containing every needle, or -1.
    static qint64 findLine(const LogDocument &document, const QStringList &needles)
    {
        for (quint64 i = 0; i < document.lineCount().value; ++i) {
            const QString text = document.lineText(LineNumber(i));
            if (std::all_of(needles.cbegin(), needles.cend(), [&](const QString &n) { return text.contains(n); }))
                return qint64(i);
        }
        return -1;
    }

    static void openAndWait(MainWindow &window, const QString &path)
    {
        QSignalSpy indexed(&window, &MainWindow::documentIndexed);
        QVERIFY(window.openFile(path));
        QVERIFY(indexed.count() > 0 || indexed.wait(20000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void selectedLineShowsReference_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("phase1") << u"phase1 proposal mismatch"_s;
        QTest::newRow("authentication") << u"authentication fail"_s;
        QTest::newRow("flow") << u"flow mismatch"_s;
    }

    void selectedLineShowsReference()
    {
        QFETCH(QString, reason);
        MainWindow window(Catalog::bundled());
        window.show();
        openAndWait(window, samplePath());

        auto *view = window.findChild<LogView *>(u"logView"_s);
        QVERIFY(view);
        LogDocument *document = window.currentDocument();
        QVERIFY(document);
        const qint64 line = findLine(*document, {u"IKE_NEGO_FAIL"_s, u"Reason="_s + reason});
        QVERIFY2(line > 0, "the sample log has an IKE_NEGO_FAIL line with this reason");

        // Select the line above, then move down with the keyboard, as a user would.
        view->setCurrentLine(LineNumber(quint64(line - 1)));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentLine()->value, quint64(line));

        window.referencePanel()->setLanguage(ReferenceLanguage::English);
        const CatalogEntry *entry = window.catalog().find("IKE", "IKE_NEGO_FAIL");
        QVERIFY(entry);
        auto *meaning = window.findChild<QLabel *>(u"referenceMeaning"_s);
        QVERIFY(meaning);
        QVERIFY2(meaning->text().contains(entry->meaning.en.toHtmlEscaped()), qPrintable(meaning->text()));

        auto *table = window.findChild<QTableWidget *>(u"parameterTable"_s);
        QVERIFY(table);
        bool found = false;
        for (int row = 0; row < table->rowCount(); ++row)
            found = found || (table->item(row, 0)->text() == "Reason"_L1 && table->item(row, 1)->text() == reason);
        QVERIFY2(found, "the parameter table shows this line's Reason");

        // The cause this line's Reason points to comes first and is marked.
        auto *cause = window.findChild<QLabel *>(u"referenceCause0"_s);
        QVERIFY(cause);
        QVERIFY2(cause->text().contains(reason.toHtmlEscaped()), qPrintable(cause->text()));
        auto *mark = window.findChild<QLabel *>(u"referenceMatchedCause"_s);
        QVERIFY(mark);
        QVERIFY(mark->text().contains(u"this line: Reason=%1"_s.arg(reason).toHtmlEscaped()));

        // Chinese shows the vendor's text.
        window.referencePanel()->setLanguage(ReferenceLanguage::Chinese);
        meaning = window.findChild<QLabel *>(u"referenceMeaning"_s);
        QVERIFY(meaning->text().contains(entry->meaning.zh));
    }

    void unknownMessageIsSaidPlainly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"unknown.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01ZZTOP/4/NOT_IN_ANY_CATALOG(l)[3]:Something odd. (A=1)\n");
        file.close();
        MainWindow window(Catalog::bundled());
        openAndWait(window, path);
        window.currentView()->setCurrentLine(LineNumber(0));
        QVERIFY(window.findChild<QLabel *>(u"referenceUnknown"_s));
        QVERIFY(!window.findChild<QLabel *>(u"referenceMeaning"_s));

        // The offered search opens the reference browser on the message's module.
        auto *browser = window.findChild<ReferenceBrowser *>();
        QVERIFY(browser);
        QVERIFY(!browser->isVisible());
        auto *search = window.findChild<QPushButton *>(u"catalogSearchButton"_s);
        QVERIFY(search);
        QTest::mouseClick(search, Qt::LeftButton);
        QCOMPARE(browser->query(), u"ZZTOP"_s);
        QVERIFY(browser->isVisibleTo(&window));
    }

    void bothLanguagesFitSideBySide()
    {
        QSettings().remove(u"window"_s);
        QSettings().setValue(u"reference/bothLanguages"_s, true);
        {
            MainWindow window(Catalog::bundled());
            QCOMPARE(window.referencePanel()->language(), ReferenceLanguage::Both);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // At the window's first size the reference has room for its two columns.
            QTRY_VERIFY2(window.referencePanel()->width() >= window.referencePanel()->sideBySideMinimumWidth(),
                         qPrintable(u"%1 < %2"_s.arg(window.referencePanel()->width())
                                        .arg(window.referencePanel()->sideBySideMinimumWidth())));
            QVERIFY(window.referencePanel()->width() < window.width() / 2);
            window.referencePanel()->setLanguage(ReferenceLanguage::English);
        }
        // The choice of both languages is kept from one start to the next, one language is not.
        QCOMPARE(QSettings().value(u"reference/bothLanguages"_s).toBool(), false);
        MainWindow again(Catalog::bundled());
        QCOMPARE(again.referencePanel()->language(), ReferenceLanguage::English);
    }

    void selectLine_data()
    {
        QTest::addColumn<qint64>("line");
        QTest::addColumn<bool>("selected");
        QTest::newRow("first") << qint64(0) << true;
        QTest::newRow("middle") << qint64(700) << true;
        QTest::newRow("last") << qint64(1647) << true;
        QTest::newRow("past the end") << qint64(1648) << false;
    }

    void selectLine()
    {
        QFETCH(qint64, line);
        QFETCH(bool, selected);
        MainWindow window(Catalog::bundled());
        openAndWait(window, samplePath());
        QCOMPARE(window.currentDocument()->lineCount().value, quint64(1648));
        QCOMPARE(window.selectLine(quint64(line)), selected);
        if (selected)
            QCOMPARE(window.currentView()->currentLine()->value, quint64(line));
    }

    void missingFileIsReportedWithItsName()
    {
        MainWindow window(Catalog::bundled());
        const QString path = u"/nonexistent/folder/router.log"_s;
        QVERIFY(!window.openFile(path));
        QVERIFY(window.statusBar()->currentMessage().contains(path));
        QCOMPARE(window.currentView(), nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
