// The catalog's actions in a main window: the browser dock, the catalogs dialog and an import.

#include "catalog.h"
#include "catalogactions.h"
#include "catalogentryview.h"
#include "catalogsdialog.h"
#include "referencebrowser.h"
#include "referenceimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestCatalogActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeReference()
    {
        const QString path = m_dir.filePath(u"my-reference.md"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QString::fromUtf16(u"### 7.1 MYMOD/3/LINK_LOST\n#### 日志信息\n- **MYMOD/3/LINK_LOST**: 链路丢失。\n\n"
                                      u"#### 日志含义\n- 设备检测到链路丢失。\n").toUtf8());
        return path;
    }

    // Answers the modal import dialog from the event loop it runs.
    void answerImportDialog(bool confirm, bool *seen)
    {
        QTimer::singleShot(0, this, [confirm, seen] {
            auto *dialog = qobject_cast<ReferenceImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            *seen = true;
            dialog->findChild<QPushButton *>(confirm ? u"importAccept"_s : u"importCancel"_s)->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QStandardPaths::setTestModeEnabled(true);
    }

    void actionsAndDock()
    {
        Catalog catalog = Catalog::bundled();
        QMainWindow window;
        CatalogActions actions(&window, catalog, m_dir.filePath(u"user"_s));
        window.show();
        for (QAction *action : {actions.importAction(), actions.catalogsAction(), actions.browserAction()})
            QVERIFY2(!action->text().isEmpty() && !action->objectName().isEmpty(), qPrintable(action->objectName()));

        auto *dock = window.findChild<QDockWidget *>(u"referenceBrowserDock"_s);
        QVERIFY(dock);
        QVERIFY(dock->isHidden());
        actions.browserAction()->trigger();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->widget(), actions.browser());

        QVERIFY(actions.showInBrowser(u"IKE/5/IKE_NEGO_FAIL"_s));
        QCOMPARE(actions.browser()->shownId(), u"IKE/5/IKE_NEGO_FAIL"_s);
        QVERIFY(!actions.showInBrowser(u"NOPE/1/NOT_THERE"_s));

        actions.catalogsAction()->trigger();
        auto *dialog = window.findChild<CatalogsDialog *>(u"catalogsDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        actions.catalogsAction()->trigger();
        QCOMPARE(window.findChildren<CatalogsDialog *>().size(), 1);
    }

    void importRefreshesEverything_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("confirmed") << true;
        QTest::newRow("cancelled") << false;
    }

    void importRefreshesEverything()
    {
        QFETCH(bool, confirm);
        Catalog catalog = Catalog::bundled();
        QMainWindow window;
        QTemporaryDir userDir;
        CatalogActions actions(&window, catalog, userDir.path());
        window.show();
        actions.catalogsAction()->trigger();
        auto *sources = window.findChild<QTreeWidget *>(u"catalogSources"_s);
        QVERIFY(sources);
        const int sourcesBefore = sources->topLevelItemCount();
        QSignalSpy changed(&actions, &CatalogActions::catalogChanged);

        bool seen = false;
        answerImportDialog(confirm, &seen);
        QCOMPARE(actions.importFile(writeReference()), confirm);
        QVERIFY(seen);
        QCOMPARE(changed.count(), confirm ? 1 : 0);
        QCOMPARE(sources->topLevelItemCount(), sourcesBefore + (confirm ? 1 : 0));
        QCOMPARE(actions.showInBrowser(u"MYMOD/3/LINK_LOST"_s), confirm);
        // The import has Chinese text only: every language shows it rather than nothing.
        if (confirm)
            QVERIFY(actions.browser()->findChild<CatalogEntryView *>()->toPlainText().contains(u"设备检测到链路丢失"_s));
    }
};

QTEST_MAIN(TestCatalogActions)
#include "tst_catalogactions.moc"
