// View > Wrap Long Lines is one setting for the window: every open log view follows it, and so
// does each log opened later.

#include "catalog.h"
#include "logview.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestWordWrap : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeLog(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("Dec  4 2026 00:00:41+08:00 AR-Hub-01 %%01NTP/4/PEER_SELE(l)[1]:The peer selected by the system is "
                   + name.toUtf8() + ".\n");
        return path;
    }

    static QList<bool> wrapOfEveryView(const MainWindow &window)
    {
        QList<bool> wraps;
        for (const LogView *view : window.findChildren<LogView *>(u"logView"_s))
            wraps.append(view->wordWrap());
        return wraps;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void everyViewFollows_data()
    {
        QTest::addColumn<int>("openBefore"); // logs open when the setting is switched
        QTest::newRow("one log") << 1;
        QTest::newRow("three logs") << 3;
    }

    void everyViewFollows()
    {
        QFETCH(int, openBefore);
        MainWindow window(Catalog::bundled());
        for (int i = 0; i < openBefore; ++i)
            QVERIFY(window.openFile(writeLog(u"before%1.log"_s.arg(i))));
        auto *wrap = window.findChild<QAction *>(u"actionWordWrap"_s);
        QVERIFY(wrap);
        QVERIFY(!wrap->isChecked());
        QCOMPARE(wrapOfEveryView(window), QList<bool>(openBefore, false));

        wrap->trigger();
        QCOMPARE(wrapOfEveryView(window), QList<bool>(openBefore, true));

        QVERIFY(window.openFile(writeLog(u"after.log"_s)));
        QCOMPARE(wrapOfEveryView(window), QList<bool>(openBefore + 1, true));

        wrap->trigger();
        QCOMPARE(wrapOfEveryView(window), QList<bool>(openBefore + 1, false));
    }
};

QTEST_MAIN(TestWordWrap)
#include "tst_wordwrap.moc"
