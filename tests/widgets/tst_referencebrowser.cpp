// The reference browser: search the catalogs without a log, read an entry in full.

#include "catalog.h"
#include "catalogentryview.h"
#include "catalogsearchmodel.h"
#include "referencebrowser.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestReferenceBrowser : public QObject
{
    Q_OBJECT

private:
    struct Parts {
        QLineEdit *search = nullptr;
        QListView *results = nullptr;
        CatalogEntryView *view = nullptr;
        QComboBox *language = nullptr;
        QLabel *count = nullptr;
    };

    static Parts parts(ReferenceBrowser &browser)
    {
        Parts p;
        p.search = browser.findChild<QLineEdit *>(u"catalogSearch"_s);
        p.results = browser.findChild<QListView *>(u"catalogResults"_s);
        p.view = browser.findChild<CatalogEntryView *>(u"catalogEntryView"_s);
        p.language = browser.findChild<QComboBox *>(u"catalogLanguage"_s);
        p.count = browser.findChild<QLabel *>(u"catalogResultCount"_s);
        return p;
    }

    // Typed as an input method commits it: the way Chinese reaches a line edit.
    static void typeText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->clear();
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(edit, &event);
    }

    static QStringList resultIds(const QAbstractItemModel *model)
    {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(CatalogSearchModel::IdRole).toString();
        return ids;
    }

    static void clickRow(QListView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
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
        QStandardPaths::setTestModeEnabled(true);
    }

    void findsByTyping_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<QString>("expectedId");
        QTest::addColumn<bool>("first");
        QTest::newRow("Chinese substring of the meaning") << u"隧道建立失败"_s << true << u"IKE/5/IKE_NEGO_FAIL"_s << false;
        QTest::newRow("Chinese substring of a cause") << u"安全提议参数不匹配"_s << true << u"IKE/5/IKE_NEGO_FAIL"_s << false;
        QTest::newRow("Chinese IS-IS meaning") << u"选择活跃路由"_s << true << u"ISIS/6/AC_RT_SEL_FAIL"_s << false;
        QTest::newRow("full ID") << u"IKE/5/IKE_NEGO_FAIL"_s << false << u"IKE/5/IKE_NEGO_FAIL"_s << true;
        QTest::newRow("brief only") << u"IKE_NEGO_FAIL"_s << false << u"IKE/5/IKE_NEGO_FAIL"_s << true;
        QTest::newRow("lower-case ID") << u"isis/6/ac_rt_sel_fail"_s << false << u"ISIS/6/AC_RT_SEL_FAIL"_s << true;
        QTest::newRow("English words") << u"proposals match"_s << false << u"IKE/5/IKE_NEGO_FAIL"_s << false;
    }

    void findsByTyping()
    {
        QFETCH(QString, query);
        QFETCH(bool, chinese);
        QFETCH(QString, expectedId);
        QFETCH(bool, first);
        const Catalog catalog = Catalog::bundled();
        ReferenceBrowser browser(&catalog);
        browser.show();
        const Parts p = parts(browser);
        QVERIFY(p.search && p.results && p.view && p.count);
        QAbstractItemModelTester tester(p.results->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        if (chinese) {
            typeText(p.search, query);
        } else {
            p.search->setFocus();
            QTest::keyClicks(p.search, query);
        }
        QCOMPARE(p.search->text(), query);
        const QStringList ids = resultIds(p.results->model());
        QVERIFY2(ids.contains(expectedId), qPrintable(ids.join(u", "_s)));
        if (first)
            QCOMPARE(ids.first(), expectedId);
        QVERIFY2(ids.size() < int(catalog.entries().size()), "the search narrows the list");
        const auto entryCount = std::count_if(ids.cbegin(), ids.cend(), [](const QString &id) { return !id.isEmpty(); });
        QVERIFY2(p.count->text().startsWith(u"Entries: "_s + QString::number(entryCount)), qPrintable(p.count->text()));
    }

    void selectingShowsMeaning_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("id");
        QTest::newRow("English IKE") << int(ReferenceLanguage::English) << u"IKE/5/IKE_NEGO_FAIL"_s;
        QTest::newRow("Chinese IKE") << int(ReferenceLanguage::Chinese) << u"IKE/5/IKE_NEGO_FAIL"_s;
        QTest::newRow("English IS-IS") << int(ReferenceLanguage::English) << u"ISIS/6/AC_RT_SEL_FAIL"_s;
        QTest::newRow("Chinese IS-IS") << int(ReferenceLanguage::Chinese) << u"ISIS/6/AC_RT_SEL_FAIL"_s;
    }

    void selectingShowsMeaning()
    {
        QFETCH(int, language);
        QFETCH(QString, id);
        const Catalog catalog = Catalog::bundled();
        const CatalogEntry *entry = catalog.findId(id);
        QVERIFY(entry);
        const QString meaning = entry->meaning.text(language == int(ReferenceLanguage::Chinese) ? Language::Chinese
                                                                                                 : Language::English);
        const QString other = entry->meaning.text(language == int(ReferenceLanguage::Chinese) ? Language::English
                                                                                               : Language::Chinese);
        QVERIFY(!meaning.isEmpty() && meaning != other);

        ReferenceBrowser browser(&catalog);
        browser.resize(1000, 700);
        browser.show();
        const Parts p = parts(browser);
        p.language->setCurrentIndex(p.language->findData(language));
        QCOMPARE(int(browser.language()), language);

        // The search shows some other entry first; the user then clicks the one wanted.
        const QString section = entry->module;
        p.search->setFocus();
        QTest::keyClicks(p.search, section);
        const int row = resultIds(p.results->model()).indexOf(id);
        QVERIFY(row >= 0);
        clickRow(p.results, row);
        QCOMPARE(p.results->currentIndex().row(), row);
        QCOMPARE(browser.shownId(), id);
        const QString shown = p.view->toPlainText();
        QVERIFY2(shown.contains(meaning), qPrintable(shown));
        QVERIFY2(!shown.contains(other), "only the chosen language is shown");
        QVERIFY(shown.contains(id));
        screenshot(browser, u"referencebrowser-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    }

    void bothLanguages()
    {
        const Catalog catalog = Catalog::bundled();
        const CatalogEntry *entry = catalog.findId(u"IKE/5/IKE_NEGO_FAIL"_s);
        QVERIFY(entry);
        ReferenceBrowser browser(&catalog);
        browser.setLanguage(ReferenceLanguage::Both);
        QVERIFY(browser.showEntry(entry->id));
        const QString shown = parts(browser).view->toPlainText();
        QVERIFY(shown.contains(entry->meaning.zh));
        QVERIFY(shown.contains(entry->meaning.en));
    }

    void fragmentsAreListedAndMarked()
    {
        const Catalog catalog = Catalog::bundled();
        QVERIFY2(!catalog.fragments().empty(), "the bundled IKE catalog keeps the excerpt's leading fragment");
        const CatalogFragment &fragment = catalog.fragments().front();
        QVERIFY(!fragment.parameters.isEmpty());
        ReferenceBrowser browser(&catalog);
        browser.show();
        const Parts p = parts(browser);
        QAbstractItemModelTester tester(p.results->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        typeText(p.search, fragment.parameters.first().description.zh);

        const QAbstractItemModel *model = p.results->model();
        int fragmentRow = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(CatalogSearchModel::IsFragmentRole).toBool())
                fragmentRow = row;
        QVERIFY(fragmentRow >= 0);
        const QModelIndex index = model->index(fragmentRow, 0);
        QVERIFY(index.data(CatalogSearchModel::IdRole).toString().isEmpty());
        QVERIFY2(index.data().toString().contains(u"Fragment"_s), qPrintable(index.data().toString()));
        QVERIFY(index.data(Qt::FontRole).value<QFont>().italic());

        clickRow(p.results, fragmentRow);
        QVERIFY(browser.shownId().isEmpty());
        const QString shown = p.view->toPlainText();
        QVERIFY(shown.contains(fragment.parameters.first().name));
        QVERIFY(shown.contains(fragment.causes.first().text.en));
        QVERIFY(shown.contains(u"never matched to log lines"_s));
    }

    void emptyQueryListsEverything()
    {
        const Catalog catalog = Catalog::bundled();
        ReferenceBrowser browser(&catalog);
        const Parts p = parts(browser);
        QCOMPARE(p.results->model()->rowCount(), int(catalog.entries().size() + catalog.fragments().size()));
        QVERIFY(p.results->currentIndex().isValid());
    }

    void nothingMatches()
    {
        const Catalog catalog = Catalog::bundled();
        ReferenceBrowser browser(&catalog);
        const Parts p = parts(browser);
        browser.setQuery(u"zzqx-no-such-word"_s);
        QCOMPARE(p.results->model()->rowCount(), 0);
        QVERIFY(browser.shownId().isEmpty());
        QVERIFY2(p.count->text().contains(u"zzqx-no-such-word"_s), qPrintable(p.count->text()));
        QVERIFY(p.view->toPlainText().contains(u"Search the reference catalogs"_s));
    }

    void showEntryClearsHidingQuery()
    {
        const Catalog catalog = Catalog::bundled();
        ReferenceBrowser browser(&catalog);
        browser.setQuery(u"ISIS"_s);
        QVERIFY(browser.showEntry(u"IKE/5/IKE_NEGO_FAIL"_s));
        QVERIFY(browser.query().isEmpty());
        QCOMPARE(browser.shownId(), u"IKE/5/IKE_NEGO_FAIL"_s);
        QVERIFY(!browser.showEntry(u"NOPE/1/NOT_THERE"_s));
        QCOMPARE(browser.shownId(), u"IKE/5/IKE_NEGO_FAIL"_s);
    }

    void catalogChangedShowsReplacement()
    {
        Catalog catalog = Catalog::bundled();
        ReferenceBrowser browser(&catalog);
        browser.show();
        const Parts p = parts(browser);
        QAbstractItemModelTester tester(p.results->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.setQuery(u"IKE_NEGO_FAIL"_s);
        QCOMPARE(browser.shownId(), u"IKE/5/IKE_NEGO_FAIL"_s);

        // A user catalog replaces the entry: the browser must show the new text, not the freed old one.
        catalog.loadData(R"({"catalog": {"name": "mine"},
            "entries": [{"id": "IKE/5/IKE_NEGO_FAIL", "meaning": {"zh": "我的说明", "en": "My own explanation"}}]})"_ba,
                         u"mine.json"_s, true);
        browser.catalogChanged();
        QCOMPARE(browser.shownId(), u"IKE/5/IKE_NEGO_FAIL"_s);
        QVERIFY(p.view->toPlainText().contains(u"My own explanation"_s));
        QCOMPARE(p.results->model()->index(p.results->currentIndex().row(), 0).data(CatalogSearchModel::CatalogNameRole),
                 QVariant(u"mine"_s));
    }

    void narrowBrowserStacksListAboveEntry_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("orientation");
        QTest::newRow("dock") << QSize(420, 800) << int(Qt::Vertical);
        QTest::newRow("window") << QSize(1000, 700) << int(Qt::Horizontal);
    }

    void narrowBrowserStacksListAboveEntry()
    {
        QFETCH(QSize, size);
        QFETCH(int, orientation);
        const Catalog catalog = Catalog::bundled();
        ReferenceBrowser browser(&catalog);
        browser.resize(size);
        browser.show();
        QVERIFY(browser.showEntry(u"IKE/5/IKE_NEGO_FAIL"_s));
        auto *splitter = browser.findChild<QSplitter *>(u"catalogSplitter"_s);
        QVERIFY(splitter);
        QCOMPARE(int(splitter->orientation()), orientation);
        const Parts p = parts(browser);
        QVERIFY(p.results->height() > 100 && p.view->height() > 100);
        QVERIFY(p.results->width() > 100 && p.view->width() > 100);
        screenshot(browser, u"referencebrowser-size-"_s + QString::fromLatin1(QTest::currentDataTag()));
    }

    void copyLinkCopiesCommand()
    {
        const Catalog catalog = Catalog::bundled();
        const CatalogEntry *entry = catalog.findId(u"IKE/5/IKE_NEGO_FAIL"_s);
        QVERIFY(entry && !entry->causes.isEmpty() && !entry->causes.first().steps.isEmpty());
        const QString command = entry->causes.first().steps.first().commands.value(0);
        QVERIFY(!command.isEmpty());
        ReferenceBrowser browser(&catalog);
        QVERIFY(browser.showEntry(entry->id));
        QSignalSpy copied(&browser, &ReferenceBrowser::commandCopied);
        // The first "Copy" link of the page is the first cause's first command.
        Q_EMIT parts(browser).view->anchorClicked(QUrl(u"copy:0"_s));
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.first().first().toString(), command);
        QCOMPARE(QGuiApplication::clipboard()->text(), command);
        Q_EMIT parts(browser).view->anchorClicked(QUrl(u"copy:9999"_s));
        QCOMPARE(copied.count(), 1);
    }

    void downArrowMovesToResults()
    {
        const Catalog catalog = Catalog::bundled();
        ReferenceBrowser browser(&catalog);
        browser.show();
        QVERIFY(QTest::qWaitForWindowActive(&browser));
        const Parts p = parts(browser);
        p.search->setFocus();
        QTest::keyClicks(p.search, u"IKE"_s);
        QTest::keyClick(p.search, Qt::Key_Down);
        QVERIFY(p.results->hasFocus());
    }
};

QTEST_MAIN(TestReferenceBrowser)
#include "tst_referencebrowser.moc"
