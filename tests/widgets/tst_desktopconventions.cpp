// The workbench window's desktop conventions, driven as a user would: language and theme at run time,
// recent files, drag and drop, window state, status bar.

#include "workbenchfixture.h"

using namespace Qt::StringLiterals;
using namespace LogSage;
using namespace WorkbenchTest;

class TestDesktopConventions : public QObject
{
    Q_OBJECT
public:
    explicit TestDesktopConventions(QString home)
        : m_home(std::move(home))
    {
    }

private:
    QString m_home;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(usesHome(m_home), qPrintable(QSettings().fileName())); }
    void init() { forgetSettingsAndCases(); }
    void cleanup() { AppTheme::apply(AppTheme::Light); }

    void languageSwitchesAtRunTime()
    {
        UiLanguage language;
        language.apply(u"en"_s);
        MainWindow window(Catalog::bundled(), &language);
        auto fileMenuTitle = [&] { return window.menuBar()->actions().constFirst()->text(); };
        QCOMPARE(fileMenuTitle(), u"&File"_s);
        auto *chinese = window.findChild<QAction *>(u"actionLanguage_zh_CN"_s);
        auto *english = window.findChild<QAction *>(u"actionLanguage_en"_s);
        QVERIFY(chinese && english);
        QVERIFY(chinese->isEnabled());

        chinese->trigger();
        QCOMPARE(language.current(), u"zh_CN"_s);
        QVERIFY(chinese->isChecked() && !english->isChecked());
        QCOMPARE(window.referencePanel()->language(), ReferenceLanguage::Chinese);
        QCOMPARE(UiLanguage::preferred(), u"zh_CN"_s);
        // The application's own .qm is compiled into the logsage executable, not into this test:
        // install the same translations (the report library's copy) as UiLanguage would, and see
        // every menu retranslate at run time.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(u"zh_CN"_s), u"logsage"_s, u"_"_s, u":/logsage/report/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_COMPARE(fileMenuTitle(), translator.translate("LogSage::MainWindow", "&File"));
        QVERIFY(fileMenuTitle() != u"&File"_s);
        QVERIFY2(fileMenuTitle().contains(u"文件"_s), qPrintable(fileMenuTitle()));

        english->trigger();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(language.current(), u"en"_s);
        QTRY_COMPARE(fileMenuTitle(), u"&File"_s);
        QCOMPARE(window.referencePanel()->language(), ReferenceLanguage::English);
        QCOMPARE(UiLanguage::preferred(), u"en"_s);
    }

    // English plural forms come from i18n/logsage_en.ts: no "(s)" reaches the user.
    void englishPlurals_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one line") << "LogSage::TunnelTableModel"_ba << "%n repeated line(s) ignored"_ba << 1 << u"1 repeated line ignored"_s;
        QTest::newRow("lines") << "LogSage::TunnelTableModel"_ba << "%n repeated line(s) ignored"_ba << 3 << u"3 repeated lines ignored"_s;
        QTest::newRow("one message") << "LogSage::LogTab"_ba << "Show %n Hidden Message(s) Again"_ba << 1 << u"Show 1 Hidden Message Again"_s;
        QTest::newRow("messages") << "LogSage::LogTab"_ba << "Show %n Hidden Message(s) Again"_ba << 2 << u"Show 2 Hidden Messages Again"_s;
        QTest::newRow("one bookmark") << "LogSage::MainWindow"_ba
                                      << "The saved case is back; %n bookmark(s) point to lines that have changed (see their tooltips)."_ba
                                      << 1 << u"The saved case is back; 1 bookmark points to a line that has changed (see its tooltip)."_s;
    }

    void englishPlurals()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        UiLanguage language;
        QVERIFY(language.apply(u"en"_s));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, count), expected);
    }

    void themeSwitchesThePalette_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << u"actionTheme2"_s << int(AppTheme::Dark) << true;
        QTest::newRow("light") << u"actionTheme1"_s << int(AppTheme::Light) << false;
    }

    void themeSwitchesThePalette()
    {
        QFETCH(QString, action);
        QFETCH(int, mode);
        QFETCH(bool, dark);
        AppTheme::apply(dark ? AppTheme::Light : AppTheme::Dark);
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, samplePath()));
        auto *chosen = window.findChild<QAction *>(action);
        QVERIFY(chosen);
        chosen->trigger();
        QCOMPARE(AppTheme::isDark(), dark);
        QCOMPARE(QApplication::palette().color(QPalette::Base).lightness() < 128, dark);
        QTRY_COMPARE(window.palette().color(QPalette::Window).lightness() < 128, dark);
        // The log follows with the matching highlighting theme.
        QTRY_COMPARE(window.currentView()->viewport()->palette().color(QPalette::Base).lightness() < 128, dark);
        QCOMPARE(int(AppTheme::saved()), mode);
        QVERIFY(chosen->isChecked());
    }

    void recentFilesListOpenedFiles()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(u"other.log"_s);
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("one line\n");
        file.close();
        MainWindow window(Catalog::bundled());
        auto *recent = window.findChild<QMenu *>(u"menuRecent"_s);
        QVERIFY(recent);
        QVERIFY(!recent->isEnabled());
        QVERIFY(openAndWait(window, other));
        QVERIFY(openAndWait(window, samplePath()));
        QCOMPARE(recent->actions().size(), 2);
        QCOMPARE(recent->actions().at(0)->text(), u"branch-day.log"_s);
        QCOMPARE(recent->actions().at(0)->toolTip(), QFileInfo(samplePath()).absoluteFilePath());
        QCOMPARE(recent->actions().at(1)->toolTip(), QFileInfo(other).absoluteFilePath());
        QVERIFY(recent->isEnabled());

        // Choosing one opens it and puts it first.
        auto *tabs = window.findChild<QTabWidget *>(u"logTabs"_s);
        QCOMPARE(tabs->count(), 2);
        recent->actions().at(1)->trigger();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(window.currentDocument()->path(), QFileInfo(other).absoluteFilePath());
        QCOMPARE(recent->actions().size(), 2);
        QCOMPARE(recent->actions().at(0)->text(), u"other.log"_s);

        // And a new window offers the same list.
        MainWindow again(Catalog::bundled());
        QCOMPARE(again.findChild<QMenu *>(u"menuRecent"_s)->actions().size(), 2);
    }

    void droppedFileOpens_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("url");
        QTest::addColumn<int>("opened");
        QTest::newRow("one file") << QStringList{u"dropped.log"_s} << true << 1;
        QTest::newRow("two files") << QStringList{u"a.log"_s, u"b.log"_s} << true << 2;
        QTest::newRow("text, no file") << QStringList{u"dropped.log"_s} << false << 0;
    }

    void droppedFileOpens()
    {
        QFETCH(QStringList, names);
        QFETCH(bool, url);
        QFETCH(int, opened);
        QTemporaryDir dir;
        QList<QUrl> urls;
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01SSH/4/SSH_FAIL(l)[3]:Failed. (IP=192.0.2.1)\n");
            urls.append(QUrl::fromLocalFile(file.fileName()));
        }
        MainWindow window(Catalog::bundled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData data;
        if (url)
            data.setUrls(urls);
        else
            data.setText(dir.filePath(names.constFirst()));
        const QPoint where = window.rect().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QApplication::sendEvent(&window, &enter);
        QCOMPARE(enter.isAccepted(), url);
        QDropEvent drop(QPointF(where), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto *tabs = window.findChild<QTabWidget *>(u"logTabs"_s);
        QCOMPARE(tabs->count(), opened);
        if (opened > 0)
            QCOMPARE(window.currentDocument()->path(), urls.constLast().toLocalFile());
    }

    void windowStateIsRestored()
    {
        const QSize size(760, 540);
        QList<int> sizes;
        bool overviewVisible = false;
        {
            MainWindow window(Catalog::bundled());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(size);
            QTRY_COMPARE(window.size(), size);
            auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({splitter->width() - 390, 390});
            sizes = splitter->sizes();
            auto *dock = window.findChild<QDockWidget *>(u"messagesDock"_s);
            QVERIFY(dock);
            overviewVisible = !dock->isVisible();
            dock->setVisible(overviewVisible);
            QVERIFY(window.close());
        }
        QVERIFY2(QFile::exists(QSettings().fileName()), qPrintable(QSettings().fileName()));
        QVERIFY(QSettings().fileName().startsWith(m_home));

        MainWindow window(Catalog::bundled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), size);
        QTRY_COMPARE(window.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
        QCOMPARE(window.findChild<QDockWidget *>(u"messagesDock"_s)->isVisible(), overviewVisible);
    }

    void statusBarShowsFileLinesEncodingPosition_data()
    {
        QTest::addColumn<quint64>("line");
        QTest::newRow("first") << quint64(0);
        QTest::newRow("middle") << quint64(1233);
        QTest::newRow("last") << quint64(1647);
    }

    void statusBarShowsFileLinesEncodingPosition()
    {
        QFETCH(quint64, line);
        MainWindow window(Catalog::bundled());
        auto *file = window.findChild<QLabel *>(u"statusFile"_s);
        auto *lines = window.findChild<QLabel *>(u"statusLines"_s);
        auto *encoding = window.findChild<QLabel *>(u"statusEncoding"_s);
        QVERIFY(file && lines && encoding);
        QVERIFY(lines->text().isEmpty());
        QVERIFY(openAndWait(window, samplePath()));
        QCOMPARE(file->text(), window.currentDocument()->path());
        QVERIFY(file->text().endsWith(u"branch-day.log"_s));
        QVERIFY(!encoding->text().isEmpty());
        QCOMPARE(encoding->text(), window.currentDocument()->encodingName());
        QVERIFY(window.selectLine(line));
        QCOMPARE(lines->text(), u"Line %1 of %2"_s.arg(QLocale().toString(line + 1), QLocale().toString(1648)));
    }
};

WORKBENCH_TEST_MAIN(TestDesktopConventions)

#include "tst_desktopconventions.moc"
