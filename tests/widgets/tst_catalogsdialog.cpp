// The catalogs dialog: which catalogs are loaded, with how many entries, and what is wrong in them.

#include "catalog.h"
#include "catalogsdialog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestCatalogsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static QTreeWidgetItem *rowNamed(QTreeWidget *tree, const QString &name)
    {
        const QList<QTreeWidgetItem *> found = tree->findItems(name, Qt::MatchExactly, 0);
        return found.size() == 1 ? found.first() : nullptr;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
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
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"LogSageTest"_s);
        QCoreApplication::setApplicationName(u"tst_catalogsdialog"_s);
    }

    void listsBundledCatalogs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("IKE and IPSec") << u"huawei-ar-ike-ipsec"_s;
        QTest::newRow("IS-IS") << u"huawei-ar-isis"_s;
    }

    void listsBundledCatalogs()
    {
        QFETCH(QString, name);
        const Catalog catalog = Catalog::bundled();
        // Counted here from the entries themselves, not from the catalog's own bookkeeping.
        const auto expected = std::count_if(catalog.entries().cbegin(), catalog.entries().cend(),
                                            [&](const auto &entry) { return entry->catalogName == name; });
        QVERIFY(expected > 0);

        CatalogsDialog dialog(catalog, u"/nonexistent/user/catalogs"_s);
        auto *sources = dialog.findChild<QTreeWidget *>(u"catalogSources"_s);
        QVERIFY(sources);
        QCOMPARE(sources->topLevelItemCount(), catalog.sources().size());
        QTreeWidgetItem *row = rowNamed(sources, name);
        QVERIFY2(row, qPrintable(name));
        QCOMPARE(row->text(1), u"bundled"_s);
        QCOMPARE(row->text(2), QString::number(expected));
        QCOMPARE(row->text(3), u"0"_s);
        QVERIFY(row->text(4).endsWith(name + u".json"_s));

        auto *hint = dialog.findChild<QLabel *>(u"catalogsHint"_s);
        QVERIFY(hint && !hint->text().isEmpty());
        auto *openFolder = dialog.findChild<QPushButton *>(u"openUserCatalogFolder"_s);
        QVERIFY(openFolder && openFolder->toolTip().contains(u"/nonexistent/user/catalogs"_s));
        auto *problems = dialog.findChild<QTreeWidget *>(u"catalogProblems"_s);
        QVERIFY(problems);
        QCOMPARE(problems->topLevelItemCount(), 1);
        QVERIFY(problems->topLevelItem(0)->text(0).startsWith(u"No problems"_s));
    }

    void brokenUserCatalog_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<int>("goodEntries");
        QTest::newRow("bad message ID on line 4")
            << QByteArray("{\n  \"catalog\": {\"name\": \"broken\"},\n  \"entries\": [\n    {\"id\": \"NOT AN ID\", "
                          "\"meaning\": {\"zh\": \"x\", \"en\": \"x\"}},\n"
                          "    {\"id\": \"TEST/4/GOOD\", \"meaning\": {\"zh\": \"好\", \"en\": \"good\"}}\n  ]\n}\n")
            << u"broken.json:4:"_s << QString() << 1;
        QTest::newRow("entry without text on line 5")
            << QByteArray("{\n  \"catalog\": {\"name\": \"broken\"},\n  \"entries\": [\n"
                          "    {\"id\": \"TEST/4/GOOD\", \"meaning\": {\"zh\": \"好\", \"en\": \"good\"}},\n"
                          "    {\"id\": \"TEST/4/EMPTY\"}\n  ]\n}\n")
            << u"broken.json:5:"_s << u"TEST/4/EMPTY"_s << 1;
        QTest::newRow("JSON syntax error on line 3")
            << QByteArray("{\n  \"catalog\": {\"name\": \"broken\"},\n  \"entries\": [ , ]\n}\n")
            << u"broken.json:3:"_s << QString() << 0;
    }

    void brokenUserCatalog()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, location);
        QFETCH(QString, entry);
        QFETCH(int, goodEntries);
        QTemporaryDir userDir;
        QVERIFY(userDir.isValid());
        writeFile(userDir.filePath(u"broken.json"_s), json);
        Catalog catalog = Catalog::bundled();
        catalog.loadDirectory(userDir.path(), true);

        CatalogsDialog dialog(catalog, userDir.path());
        auto *sources = dialog.findChild<QTreeWidget *>(u"catalogSources"_s);
        auto *problems = dialog.findChild<QTreeWidget *>(u"catalogProblems"_s);
        QVERIFY(sources && problems);
        QTreeWidgetItem *source = sources->topLevelItem(sources->topLevelItemCount() - 1);
        QCOMPARE(source->text(1), u"user"_s);
        QCOMPARE(source->text(2), QString::number(goodEntries));
        QVERIFY(source->text(3).toInt() >= 1);
        QCOMPARE(source->text(4), QDir::toNativeSeparators(userDir.filePath(u"broken.json"_s)));

        QVERIFY(problems->topLevelItemCount() >= 1);
        QTreeWidgetItem *problem = problems->topLevelItem(0);
        QVERIFY2(problem->text(0).startsWith(location), qPrintable(problem->text(0)));
        if (!entry.isEmpty())
            QCOMPARE(problem->text(1), entry);
        QVERIFY(!problem->text(2).isEmpty());
        QVERIFY(problem->toolTip(0).contains(userDir.path()));
        dialog.show();
        screenshot(dialog, u"catalogsdialog-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    }

    void rememberSize()
    {
        const Catalog catalog = Catalog::bundled();
        {
            CatalogsDialog dialog(catalog, QString());
            dialog.show();
            dialog.resize(713, 457);
            QCOMPARE(dialog.size(), QSize(713, 457));
            dialog.reject();
        }
        CatalogsDialog again(catalog, QString());
        again.show();
        QCOMPARE(again.size(), QSize(713, 457));
    }

    void importButtonAsksOwner()
    {
        const Catalog catalog = Catalog::bundled();
        CatalogsDialog dialog(catalog, QString());
        QSignalSpy requested(&dialog, &CatalogsDialog::importRequested);
        auto *button = dialog.findChild<QPushButton *>(u"importReference"_s);
        QVERIFY(button);
        button->click();
        QCOMPARE(requested.count(), 1);

        Catalog more = Catalog::bundled();
        more.loadData(R"({"catalog": {"name": "mine"}, "entries": [{"id": "TEST/4/MINE", "meaning": {"zh": "我", "en": "mine"}}]})"_ba,
                      u"mine.json"_s, true);
        dialog.setCatalog(more);
        auto *sources = dialog.findChild<QTreeWidget *>(u"catalogSources"_s);
        QCOMPARE(sources->topLevelItemCount(), more.sources().size());
        QVERIFY(rowNamed(sources, u"mine"_s));
    }

    void controlsAreNamed()
    {
        const Catalog catalog = Catalog::bundled();
        CatalogsDialog dialog(catalog, QString());
        QVERIFY(!dialog.windowTitle().isEmpty());
        for (const QString &name : {u"catalogSources"_s, u"catalogProblems"_s})
            QVERIFY2(!dialog.findChild<QWidget *>(name)->accessibleName().isEmpty(), qPrintable(name));
        for (const QString &name : {u"importReference"_s, u"openUserCatalogFolder"_s, u"closeCatalogs"_s})
            QVERIFY2(!dialog.findChild<QPushButton *>(name)->text().isEmpty(), qPrintable(name));
    }
};

QTEST_MAIN(TestCatalogsDialog)
#include "tst_catalogsdialog.moc"
