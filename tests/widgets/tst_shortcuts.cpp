// Every keyboard shortcut of the main window does one thing: none is bound to two actions
// (Qt would then run neither and report an ambiguous shortcut).

#include "catalog.h"
#include "mainwindow.h"

#include <QAction>
#include <QHash>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void actionShortcut_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("go to line") << u"actionGoToLine"_s << QKeySequence(Qt::CTRL | Qt::Key_L);
        const QList<QKeySequence> findNext = QKeySequence::keyBindings(QKeySequence::FindNext);
        QTest::newRow("find next") << u"actionFindNext"_s << (findNext.isEmpty() ? QKeySequence() : findNext.first());
    }

    void actionShortcut()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        MainWindow window(Catalog::bundled());
        const auto *found = window.findChild<QAction *>(action);
        QVERIFY(found);
        QVERIFY(found->shortcuts().contains(shortcut));
    }

    void noShortcutIsAmbiguous()
    {
        MainWindow window(Catalog::bundled());
        QHash<QKeySequence, QString> owner;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        QVERIFY(!actions.isEmpty());
        for (const QAction *action : actions) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (key.isEmpty())
                    continue;
                const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
                const QString earlier = owner.value(key, name);
                QVERIFY2(earlier == name, qPrintable(u"%1 is bound to both %2 and %3"_s.arg(key.toString(), earlier, name)));
                owner.insert(key, name);
            }
        }
        QVERIFY(owner.contains(QKeySequence(Qt::CTRL | Qt::Key_L)));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
