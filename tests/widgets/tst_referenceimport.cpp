// Importing the vendor's Markdown log reference into a user catalog, from the GUI.

#include "catalog.h"
#include "referenceimport.h"
#include "referenceimportdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

// Our own small reference in the vendor's layout: one good entry, then a heading that is no ID.
const char16_t FixtureText[] = uR"(### 1.1 TESTMOD/4/SAMPLE_DOWN
#### 日志信息
- **TESTMOD/4/SAMPLE_DOWN**: 示例接口断开。 (Name=[STRING], Reason=[STRING])

#### 日志含义
- 示例接口进入断开状态。

#### 日志参数
- **Name**: 接口名称
- **Reason**: 断开原因

#### 可能原因
- 链路故障。

#### 处理步骤
1. 执行`display interface brief`命令检查接口状态。
2. ----结束

### 1.2 NOT_AN_ID
#### 日志含义
- 这一节的标题不是日志ID。
)";
const int FixtureBrokenLine = 19;

} // namespace

class TestReferenceImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString fixturePath()
    {
        const QString path = m_dir.filePath(u"test-reference.md"_s);
        QFile file(path);
        if (!file.exists()) {
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(QString::fromUtf16(FixtureText).toUtf8());
        }
        return path;
    }

    // The vendor excerpt when the shared folder is there, else our own fixture.
    QString excerptPath()
    {
        const QString shared = qEnvironmentVariable("LOGSAGE_SHARED_DIR") + u"/reference/log-reference-excerpt.md"_s;
        return QFileInfo::exists(shared) ? shared : fixturePath();
    }

    // Only when asked to (LOGSAGE_SCREENSHOT_DIR): a picture of the widget to look at.
    static void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LOGSAGE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(dir + u'/' + name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QStandardPaths::setTestModeEnabled(true);
    }

    void importLoadsEntries_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("vendor excerpt") << u"excerpt"_s;
        QTest::newRow("own fixture") << u"fixture"_s;
    }

    void importLoadsEntries()
    {
        QFETCH(QString, which);
        const QString markdown = which == u"excerpt"_s ? excerptPath() : fixturePath();
        QVERIFY(!markdown.isEmpty());
        QTemporaryDir userDir;
        QVERIFY(userDir.isValid());
        const QString target = importTargetPath(markdown, userDir.filePath(u"catalogs"_s));
        QCOMPARE(QFileInfo(target).fileName(), QFileInfo(markdown).completeBaseName() + u".json"_s);

        const ImportedReference reference = readVendorReference(markdown);
        QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
        QVERIFY(!reference.contents.entries.empty());
        Catalog catalog = Catalog::bundled();
        const qsizetype sourcesBefore = catalog.sources().size();

        ReferenceImportDialog dialog(reference, catalog, target);
        dialog.show();
        auto *entries = dialog.findChild<QTreeWidget *>(u"importEntries"_s);
        auto *problems = dialog.findChild<QTreeWidget *>(u"importProblems"_s);
        QVERIFY(entries && problems);
        QCOMPARE(entries->topLevelItemCount(), int(reference.contents.entries.size() + reference.contents.fragments.size()));
        QVERIFY(!entries->findItems(reference.contents.entries.front().id, Qt::MatchExactly, 1).isEmpty());
        // Every problem is listed in the dialog with its line number and the text on that line.
        if (reference.contents.problems.isEmpty()) {
            QCOMPARE(problems->topLevelItemCount(), 1);
        } else {
            QCOMPARE(problems->topLevelItemCount(), reference.contents.problems.size());
            for (int row = 0; row < problems->topLevelItemCount(); ++row) {
                const CatalogProblem &problem = reference.contents.problems.at(row);
                QTreeWidgetItem *item = problems->topLevelItem(row);
                QCOMPARE(item->text(0), problem.line > 0 ? QString::number(problem.line) : QString());
                QCOMPARE(item->text(2), problem.message);
                if (problem.line > 0)
                    QCOMPARE(item->text(3), reference.sourceLines.at(problem.line - 1).trimmed());
            }
        }
        if (which == u"fixture"_s) {
            const QList<QTreeWidgetItem *> broken = problems->findItems(QString::number(FixtureBrokenLine), Qt::MatchExactly, 0);
            QCOMPARE(broken.size(), 1);
            QVERIFY(broken.first()->text(3).contains(u"NOT_AN_ID"_s));
        }

        // The dialog says how many loaded entries the import would replace.
        const auto replacing = std::count_if(reference.contents.entries.cbegin(), reference.contents.entries.cend(),
                                             [&](const CatalogEntry &e) { return catalog.findId(e.id) != nullptr; });
        const QString targetText = dialog.findChild<QLabel *>(u"importTarget"_s)->text();
        QVERIFY2(targetText.contains(QDir::toNativeSeparators(target)), qPrintable(targetText));
        QCOMPARE(targetText.contains(u"are replaced: %1."_s.arg(replacing)), replacing > 0);
        QCOMPARE(targetText.contains(u"replaced"_s), replacing > 0);
        screenshot(dialog, u"referenceimport-"_s + which);
        auto *importButton = dialog.findChild<QPushButton *>(u"importAccept"_s);
        QVERIFY(importButton && importButton->isEnabled());
        importButton->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QVERIFY(QFileInfo::exists(target));
        QCOMPARE(catalog.sources().size(), sourcesBefore + 1);
        const CatalogSource &loaded = catalog.sources().last();
        QVERIFY(loaded.user);
        QCOMPARE(loaded.file, target);
        QCOMPARE(loaded.entryCount, int(reference.contents.entries.size()));
        // The imported entries win over bundled ones with the same ID; a text the import lacks (a
        // title-only section) is kept from the bundled entry.
        const Catalog bundledCatalog = Catalog::bundled();
        for (const CatalogEntry &imported : reference.contents.entries) {
            const CatalogEntry *found = catalog.findId(imported.id);
            QVERIFY2(found, qPrintable(imported.id));
            QCOMPARE(found->catalogName, QFileInfo(markdown).completeBaseName());
            const CatalogEntry *bundled = bundledCatalog.findId(imported.id);
            if (imported.meaning.isEmpty() && bundled)
                QCOMPARE(found->meaning.zh, bundled->meaning.zh);
            else
                QCOMPARE(found->meaning.zh, imported.meaning.zh);
        }
    }

    void saveFailureStaysInDialog()
    {
        // A regular file where the folder should be: the folder cannot be made.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Catalog catalog = Catalog::bundled();
        const qsizetype sourcesBefore = catalog.sources().size();
        ReferenceImportDialog dialog(readVendorReference(fixturePath()), catalog, blocker + u"/catalogs/x.json"_s);
        dialog.show();
        auto *error = dialog.findChild<QLabel *>(u"importError"_s);
        QVERIFY(error && error->isHidden());
        dialog.findChild<QPushButton *>(u"importAccept"_s)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"x.json"_s), qPrintable(error->text()));
        QCOMPARE(catalog.sources().size(), sourcesBefore);
    }

    void unreadableOrEmptySource_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << u"missing.md"_s << QByteArray() << u"cannot be read"_s;
        QTest::newRow("no entries") << u"notes.md"_s << QByteArray("# My notes\n\nNothing here.\n") << u"no log reference entry"_s;
    }

    void unreadableOrEmptySource()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(fileName);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        Catalog catalog = Catalog::bundled();
        ReferenceImportDialog dialog(readVendorReference(path), catalog, m_dir.filePath(u"out/x.json"_s));
        dialog.show();
        auto *error = dialog.findChild<QLabel *>(u"importError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(says), qPrintable(error->text()));
        QVERIFY(error->text().contains(fileName));
        QVERIFY(!dialog.findChild<QPushButton *>(u"importAccept"_s)->isEnabled());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"out/x.json"_s)));
    }

    void interactiveImport_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("confirmed") << true;
        QTest::newRow("cancelled") << false;
    }

    void interactiveImport()
    {
        QFETCH(bool, confirm);
        QTemporaryDir userDir;
        Catalog catalog = Catalog::bundled();
        bool sawDialog = false;
        // The dialog is modal: answer it from the event loop it runs.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ReferenceImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            dialog->findChild<QPushButton *>(confirm ? u"importAccept"_s : u"importCancel"_s)->click();
        });
        const bool imported = confirmReferenceImport(nullptr, catalog, fixturePath(), userDir.path());
        QVERIFY(sawDialog);
        QCOMPARE(imported, confirm);
        QCOMPARE(QFileInfo::exists(userDir.filePath(u"test-reference.json"_s)), confirm);
        QCOMPARE(catalog.findId(u"TESTMOD/4/SAMPLE_DOWN"_s) != nullptr, confirm);
    }
};

QTEST_MAIN(TestReferenceImport)
#include "tst_referenceimport.moc"
