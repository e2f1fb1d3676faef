// Hidden messages, listed by the filter bar: two messages hidden from the log view's context menu
// appear in the "N hidden" list; unchecking one (or Show All) shows its lines again while the other
// stays hidden, and the case records what is hidden.

#include "filterbar.h"
#include "filterspec.h"
#include "workbenchfixture.h"

using namespace Qt::StringLiterals;
using namespace LogSage;
using namespace WorkbenchTest;

class TestHiddenMessages : public QObject
{
    Q_OBJECT
public:
    explicit TestHiddenMessages(QString home)
        : m_home(std::move(home))
    {
    }

private:
    QString m_home;

    /// Hides the message of `line` through the view's context menu; false when the menu offered no such action.
    static bool hideFromContextMenu(LogView *view, quint64 line)
    {
        view->setCurrentLine(LineNumber(line));
        bool hidden = false;
        QPointer<QTimer> watcher = onNextWindow(true, [&](QWidget *w) {
            auto *menu = qobject_cast<QMenu *>(w);
            if (QAction *hide = menu ? menu->findChild<QAction *>(u"contextHideMessage"_s) : nullptr) {
                hide->trigger();
                hidden = true;
            }
            w->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(40, 10), view->viewport()->mapToGlobal(QPoint(40, 10)));
        QApplication::sendEvent(view->viewport(), &event);
        delete watcher;
        return hidden;
    }

    /// The shown rows are exactly the lines whose message is not in `hidden`.
    static void verifyShown(MainWindow &window, const QSet<QByteArray> &hidden)
    {
        auto *lines = window.currentTab()->findChild<FilteredLines *>();
        QVERIFY(lines);
        QTRY_VERIFY(!lines->isSearching());
        const LogDocument &document = *window.currentDocument();
        const LineSource *source = window.currentView()->lineSource();
        quint64 kept = 0;
        for (quint64 i = 0; i < document.lineCount().value; ++i)
            kept += hidden.contains(document.messageTypeName(document.record(LineNumber(i)).messageType)) ? 0 : 1;
        QCOMPARE(source->rowCount(), kept);
        for (quint64 row = 0; row < source->rowCount(); ++row)
            QVERIFY2(!hidden.contains(document.messageTypeName(source->record(row).messageType)), qPrintable(source->text(row)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(usesHome(m_home), qPrintable(QSettings().fileName())); }
    void init() { forgetSettingsAndCases(); }

    void showAgainFromTheList_data()
    {
        QTest::addColumn<QString>("action"); // "one": uncheck the first message; "all": Show All
        QTest::newRow("uncheck one") << u"one"_s;
        QTest::newRow("show all") << u"all"_s;
    }

    void showAgainFromTheList()
    {
        QFETCH(QString, action);
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, samplePath()));
        LogDocument *document = window.currentDocument();
        const QByteArray first = "SSH/4/SSH_FAIL";
        const QByteArray second = "SHELL/5/CMDRECORD";
        auto *bar = window.currentTab()->findChild<FilterBar *>(u"filterBar"_s);
        auto *button = bar ? bar->findChild<QToolButton *>(u"filterHidden"_s) : nullptr;
        QVERIFY(button);
        QVERIFY(!button->isVisibleTo(bar)); // nothing hidden yet

        for (const QByteArray &type : {first, second}) {
            const qint64 line = findType(*document, type);
            QVERIFY(line >= 0);
            // The view shows only some rows once a message is hidden; its line is found there by number.
            QVERIFY2(hideFromContextMenu(window.currentView(), quint64(line)), type.constData());
            verifyShown(window, type == first ? QSet<QByteArray>{first} : QSet<QByteArray>{first, second});
        }
        QVERIFY(button->isVisibleTo(bar));
        QCOMPARE(button->text(), u"2 hidden"_s);
        auto *menu = bar->findChild<QMenu *>(u"filterHiddenMenu"_s);
        QVERIFY(menu);
        QStringList listed;
        QAction *firstItem = nullptr;
        for (QAction *item : menu->actions()) {
            if (item->objectName() != "filterHiddenMessage"_L1)
                continue;
            QVERIFY(item->isCheckable() && item->isChecked());
            listed.append(item->data().toString());
            if (item->data().toString() == QString::fromLatin1(first))
                firstItem = item;
        }
        QCOMPARE(listed, (QStringList{QString::fromLatin1(second), QString::fromLatin1(first)})); // sorted
        QVERIFY(firstItem);

        if (action == "one"_L1) {
            firstItem->trigger(); // unchecks it
            verifyShown(window, {second});
            QCOMPARE(window.currentTab()->filter().hiddenMessages, QStringList{QString::fromLatin1(second)});
            QTRY_COMPARE(button->text(), u"1 hidden"_s);
            QTRY_COMPARE(menu->findChildren<QAction *>(u"filterHiddenMessage"_s).size(), 1);
        } else {
            auto *all = menu->findChild<QAction *>(u"filterShowAllHidden"_s);
            QVERIFY(all);
            all->trigger();
            QTRY_VERIFY(window.currentTab()->filter().isEmpty());
            QCOMPARE(window.currentView()->lineSource()->rowCount(), document->lineCount().value);
            QVERIFY(!button->isVisibleTo(bar));
        }

        // The case records what is still hidden.
        Case *investigation = window.currentTab()->investigation();
        QVERIFY(investigation);
        const QStringList recorded = FilterSpec::fromJson(investigation->filters()).hiddenMessages;
        QCOMPARE(recorded, action == "one"_L1 ? QStringList{QString::fromLatin1(second)} : QStringList{});
    }
};

WORKBENCH_TEST_MAIN(TestHiddenMessages)

#include "tst_hiddenmessages.moc"
