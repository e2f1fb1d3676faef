// The messages overview: a sortable, searchable table of message types with checklist progress.

#include "case.h"
#include "catalog.h"
#include "messagesoverview.h"
#include "messagesoverviewmodel.h"
#include "messagestatssource.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const qint64 base = QDateTime(QDate(2026, 12, 4), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();

class RecordList : public MessageRecordSource
{
public:
    QList<QByteArray> names;
    QList<LineRecord> records;
    quint64 lineCount() const override { return quint64(records.size()); }
    qsizetype readRecords(quint64 first, LineRecord *out, qsizetype max) const override
    {
        const qsizetype n = std::min<qsizetype>(max, records.size() - qsizetype(first));
        std::copy_n(records.cbegin() + qsizetype(first), n, out);
        return n;
    }
    int messageTypeCount() const override { return int(names.size()); }
    QByteArray messageTypeName(quint16 type) const override { return names.value(type - 1); }
    qint64 timeBase() const override { return base; }
    void add(quint16 type, quint32 seconds, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            records.append(LineRecord{seconds, type, 1, 0, HasTime});
    }
};

/// Type 1: IKE nego fail x5 (2 causes with 2 and 1 steps, 1 general step); type 2: tunnel down x12
/// (1 general step); type 3: unknown x1; type 4: ISIS warning x3 (known, no steps).
std::shared_ptr<RecordList> sampleLog()
{
    auto log = std::make_shared<RecordList>();
    log->names = {"IKE/5/IKE_NEGO_FAIL", "IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN", "SHELL/6/MYSTERY", "ISIS/3/ADJ_DOWN"};
    log->add(1, 3600, 5);
    log->add(2, 60, 12);
    log->add(3, 7200, 1);
    log->add(4, 600, 3);
    log->add(1, 86000, 1); // IKE last seen late
    return log;
}

Catalog sampleCatalog()
{
    Catalog catalog;
    catalog.loadData(R"({"catalog": {"name": "test"}, "entries": [
        {"id": "IKE/5/IKE_NEGO_FAIL", "meaning": {"zh": "IKE协商失败", "en": "IKE negotiation failed"},
         "causes": [{"key": "proposal", "text": {"zh": "提议不匹配", "en": "proposal mismatch"},
                     "steps": [{"text": {"zh": "一", "en": "one"}}, {"text": {"zh": "二", "en": "two"}}]},
                    {"key": "unreachable", "text": {"zh": "不可达", "en": "unreachable"},
                     "steps": [{"text": {"zh": "三", "en": "three"}}]}],
         "steps": [{"text": {"zh": "联系技术支持", "en": "Contact support"}}]},
        {"id": "IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN", "meaning": {"zh": "隧道拆除", "en": "Tunnel torn down"},
         "steps": [{"text": {"zh": "检查", "en": "Check"}}]},
        {"id": "ISIS/3/ADJ_DOWN", "meaning": {"zh": "邻接断开", "en": "Adjacency down"}}]})",
                     u"test.json"_s);
    return catalog;
}

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, col).data(role).toString());
    return values;
}

/// A cause resolver that gives the message type with `brief` these causes, and no other type any.
MessagesOverviewModel::CauseResolver causesOf(const QString &brief, const QList<int> &causes)
{
    return [brief, causes](const MessageStats &stats) {
        QHash<quint16, QList<int>> result;
        for (const MessageTypeStats &s : stats.types())
            if (s.brief == brief)
                result.insert(s.messageType, causes);
        return result;
    };
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = sampleCatalog();
    std::shared_ptr<RecordList> m_log = sampleLog();
    MessageStats stats() const { return MessageStats::compute(*m_log, &m_catalog); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_catalog.problems().isEmpty()); }
    void cells_data();
    void cells();
    void modelTesterThroughChanges();
    void progressFollowsTheCase();
    void causeResolverChoosesTheSteps();
    void sorting_data();
    void sorting();
    void search();
    void clickAndEnterActivate();
    void countsOnAWorker();
    void timesShowTheDateAcrossDays_data();
    void timesShowTheDateAcrossDays();
    void controlsAreNamed();
};

void TestOverview::cells_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected"); // severity, count, first, last, progress
    QTest::addColumn<bool>("recognized");

    QTest::newRow("known with causes") << u"IKE/5/IKE_NEGO_FAIL"_s
                                       << QStringList{u"5 notification"_s, u"6"_s, u"01:00:00"_s, u"23:53:20"_s, u"0/4"_s} << true;
    QTest::newRow("general steps only") << u"IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN"_s
                                        << QStringList{u"4 warning"_s, u"12"_s, u"00:01:00"_s, u"00:01:00"_s, u"0/1"_s} << true;
    QTest::newRow("unknown") << u"SHELL/6/MYSTERY"_s
                             << QStringList{u"6 informational"_s, u"1"_s, u"02:00:00"_s, u"02:00:00"_s, QString()} << false;
    QTest::newRow("known without steps") << u"ISIS/3/ADJ_DOWN"_s
                                         << QStringList{u"3 error"_s, u"3"_s, u"00:10:00"_s, u"00:10:00"_s, QString()} << true;
}

void TestOverview::cells()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    QFETCH(bool, recognized);
    QLocale::setDefault(QLocale::c());
    MessagesOverviewModel model;
    model.setStats(stats());
    const int row = int(column(model, MessagesOverviewModel::IdColumn).indexOf(id));
    QVERIFY(row >= 0);
    QStringList actual;
    for (int col = MessagesOverviewModel::SeverityColumn; col < MessagesOverviewModel::ColumnCount; ++col)
        actual.append(model.index(row, col).data().toString());
    QCOMPARE(actual, expected);
    QCOMPARE(model.index(row, 0).data(MessagesOverviewModel::RecognizedRole).toBool(), recognized);
    const quint16 type = model.index(row, 3).data(MessagesOverviewModel::MessageTypeRole).value<quint16>();
    QCOMPARE(model.rowOf(type), row);
    QCOMPARE(model.statsAt(row)->id, id);
    const QString tip = model.index(row, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(recognized ? !tip.contains(u"not in the reference catalog"_s) : tip.contains(id), qPrintable(tip));
}

void TestOverview::modelTesterThroughChanges()
{
    MessagesOverviewModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MessagesOverviewModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(MessagesOverviewModel::ProgressColumn, Qt::DescendingOrder);
    model.setStats(stats());
    QCOMPARE(model.rowCount(), 4);
    Case investigation;
    model.setCase(&investigation);
    QVERIFY(investigation.setTicked({u"IKE/5/IKE_NEGO_FAIL"_s, QString(), 0}, true));
    model.setCauseResolver(causesOf(u"IKE_NEGO_FAIL"_s, {0}));
    model.setLanguage(u"zh"_s);
    model.retranslate();
    model.setStats(MessageStats());
    QCOMPARE(model.rowCount(), 0);
    model.setStats(stats());
    model.setCase(nullptr);
    QCOMPARE(model.rowCount(), 4);
}

void TestOverview::progressFollowsTheCase()
{
    MessagesOverviewModel model;
    model.setStats(stats());
    const int ike = model.rowOf(1);
    const int tunnel = model.rowOf(2);
    Case investigation;
    QVERIFY(investigation.setTicked({u"IKE/5/IKE_NEGO_FAIL"_s, u"unreachable"_s, 0}, true));
    model.setCase(&investigation);
    QCOMPARE(model.index(ike, MessagesOverviewModel::ProgressColumn).data().toString(), u"1/4"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(investigation.setTicked({u"IKE/5/IKE_NEGO_FAIL"_s, QString(), 0}, true));
    QCOMPARE(model.index(ike, MessagesOverviewModel::ProgressColumn).data().toString(), u"2/4"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(ike, MessagesOverviewModel::ProgressColumn));
    QVERIFY(investigation.setTicked({u"IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN"_s, QString(), 0}, true));
    QCOMPARE(model.index(tunnel, MessagesOverviewModel::ProgressColumn).data().toString(), u"1/1"_s);
    // A note does not change progress, so no repaint either.
    QVERIFY(investigation.setNote({u"IKE/5/IKE_NEGO_FAIL"_s, QString(), 0}, u"done"_s));
    QCOMPARE(changed.count(), 2);
    // A step of a message this log lacks changes nothing here.
    QVERIFY(investigation.setTicked({u"OTHER/1/X"_s, QString(), 0}, true));
    QCOMPARE(changed.count(), 2);
}

void TestOverview::causeResolverChoosesTheSteps()
{
    MessagesOverviewModel model;
    model.setStats(stats());
    const int ike = model.rowOf(1);
    Case investigation;
    model.setCase(&investigation);
    QVERIFY(investigation.setTicked({u"IKE/5/IKE_NEGO_FAIL"_s, u"proposal"_s, 1}, true));
    QCOMPARE(model.progressAt(ike).toString(), u"1/4"_s);
    model.setCauseResolver(causesOf(u"IKE_NEGO_FAIL"_s, {1}));
    QCOMPARE(model.progressAt(ike).toString(), u"0/2"_s); // "unreachable" step + general step
    model.setCauseResolver(causesOf(u"IKE_NEGO_FAIL"_s, {0}));
    QCOMPARE(model.progressAt(ike).toString(), u"1/3"_s);
    QCOMPARE(model.progressAt(ike), investigation.progress(*m_catalog.findId(u"IKE/5/IKE_NEGO_FAIL"_s), 0));
    // Lines pointing to two causes: the steps of both, the general step once.
    model.setCauseResolver(causesOf(u"IKE_NEGO_FAIL"_s, {0, 1}));
    QCOMPARE(model.progressAt(ike).toString(), u"1/4"_s);
    // A line that points to no cause shows every cause's steps.
    model.setCauseResolver(causesOf(u"IKE_NEGO_FAIL"_s, {-1, 0}));
    QCOMPARE(model.progressAt(ike), investigation.progress(*m_catalog.findId(u"IKE/5/IKE_NEGO_FAIL"_s), -1));
}

void TestOverview::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("briefs");

    const QStringList byCountDesc{u"IPSEC_TUNNEL_TEARED_DOWN"_s, u"IKE_NEGO_FAIL"_s, u"ADJ_DOWN"_s, u"MYSTERY"_s};
    QTest::newRow("count, most first") << int(MessagesOverviewModel::CountColumn) << int(Qt::DescendingOrder) << byCountDesc;
    QTest::newRow("count, fewest first") << int(MessagesOverviewModel::CountColumn) << int(Qt::AscendingOrder)
                                         << QStringList{u"MYSTERY"_s, u"ADJ_DOWN"_s, u"IKE_NEGO_FAIL"_s, u"IPSEC_TUNNEL_TEARED_DOWN"_s};
    QTest::newRow("severity, worst first") << int(MessagesOverviewModel::SeverityColumn) << int(Qt::AscendingOrder)
                                           << QStringList{u"ADJ_DOWN"_s, u"IPSEC_TUNNEL_TEARED_DOWN"_s, u"IKE_NEGO_FAIL"_s, u"MYSTERY"_s};
    QTest::newRow("id") << int(MessagesOverviewModel::IdColumn) << int(Qt::AscendingOrder)
                        << QStringList{u"IKE_NEGO_FAIL"_s, u"IPSEC_TUNNEL_TEARED_DOWN"_s, u"ADJ_DOWN"_s, u"MYSTERY"_s};
    QTest::newRow("first seen") << int(MessagesOverviewModel::FirstColumn) << int(Qt::AscendingOrder)
                                << QStringList{u"IPSEC_TUNNEL_TEARED_DOWN"_s, u"ADJ_DOWN"_s, u"IKE_NEGO_FAIL"_s, u"MYSTERY"_s};
    QTest::newRow("last seen, latest first") << int(MessagesOverviewModel::LastColumn) << int(Qt::DescendingOrder)
                                             << QStringList{u"IKE_NEGO_FAIL"_s, u"MYSTERY"_s, u"ADJ_DOWN"_s, u"IPSEC_TUNNEL_TEARED_DOWN"_s};
    // Tunnel 1/1 done, IKE 1/4, then the two without steps (count order kept by the stable sort).
    QTest::newRow("checklist, most done first") << int(MessagesOverviewModel::ProgressColumn) << int(Qt::DescendingOrder)
                                                << QStringList{u"IPSEC_TUNNEL_TEARED_DOWN"_s, u"IKE_NEGO_FAIL"_s, u"ADJ_DOWN"_s, u"MYSTERY"_s};
}

void TestOverview::sorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, briefs);
    MessagesOverview overview;
    Case investigation;
    QVERIFY(investigation.setTicked({u"IKE/5/IKE_NEGO_FAIL"_s, QString(), 0}, true));
    QVERIFY(investigation.setTicked({u"IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN"_s, QString(), 0}, true));
    overview.setCase(&investigation);
    overview.setStats(stats());
    auto *view = overview.findChild<QTreeView *>(u"overviewTable"_s);
    QVERIFY(view);
    view->sortByColumn(MessagesOverviewModel::CountColumn, Qt::DescendingOrder); // a known order for ties
    view->sortByColumn(column, Qt::SortOrder(order));
    QStringList actual;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        actual.append(view->model()->index(row, 0).data().toString().section(u'/', 2));
    QCOMPARE(actual, briefs);
}

void TestOverview::search()
{
    MessagesOverview overview;
    overview.setStats(stats());
    auto *search = overview.findChild<QLineEdit *>(u"overviewSearch"_s);
    auto *view = overview.findChild<QTreeView *>(u"overviewTable"_s);
    auto *summary = overview.findChild<QLabel *>(u"overviewSummary"_s);
    QVERIFY(search && view && summary);
    QCOMPARE(view->model()->rowCount(), 4);
    QTest::keyClicks(search, u"ipsec"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN"_s);
    QVERIFY2(summary->text().contains(u"shown: 1"_s), qPrintable(summary->text()));
    search->setText(u"  /5/ "_s);
    QCOMPARE(view->model()->rowCount(), 1);
    search->setText(u"nothing like this"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(view->model()->rowCount(), 4);
    QVERIFY2(summary->text().contains(u"Message types: 4"_s) && summary->text().contains(u"not in the catalog: 1"_s)
                 && !summary->text().contains(u"shown"_s),
             qPrintable(summary->text()));
}

void TestOverview::clickAndEnterActivate()
{
    MessagesOverview overview;
    overview.setStats(stats());
    overview.resize(700, 300);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    auto *view = overview.findChild<QTreeView *>(u"overviewTable"_s);
    QSignalSpy activated(&overview, &MessagesOverview::messageActivated);

    // Sorted by count: row 0 is the tunnel message (type 2), row 1 IKE (type 1).
    const QRect rect = view->visualRect(view->model()->index(1, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(activated.count() >= 1);
    QCOMPARE(activated.last().at(0).value<quint16>(), quint16(1));

    activated.clear();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 2));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<quint16>(), quint16(2));
}

void TestOverview::countsOnAWorker()
{
    MessagesOverview overview;
    QSignalSpy finished(&overview, &MessagesOverview::countingFinished);
    overview.start(m_log, &m_catalog);
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QVERIFY(!overview.isCounting());
    QCOMPARE(overview.model()->rowCount(), 4);
    QCOMPARE(overview.model()->stats().find(2)->count, quint64(12));

    // A second count cancels nothing that matters and leaves the same rows.
    overview.start(m_log, &m_catalog);
    overview.cancel();
    QVERIFY(!overview.isCounting());
    QCOMPARE(overview.model()->rowCount(), 4);
}

void TestOverview::timesShowTheDateAcrossDays_data()
{
    QTest::addColumn<quint32>("lastSeconds"); // when the last IPSEC line was printed
    QTest::addColumn<QString>("first");       // IKE's first time
    QTest::addColumn<QString>("last");        // IPSEC's last time
    QTest::newRow("one day") << quint32(86399) << u"01:00:00"_s << u"23:59:59"_s;
    QTest::newRow("two days") << quint32(86400 + 60) << u"2026-12-04 01:00:00"_s << u"2026-12-05 00:01:00"_s;
}

void TestOverview::timesShowTheDateAcrossDays()
{
    QFETCH(quint32, lastSeconds);
    QFETCH(QString, first);
    QFETCH(QString, last);
    auto log = sampleLog();
    log->add(2, lastSeconds);
    MessagesOverview overview;
    overview.resize(900, 300);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    overview.setStats(MessageStats::compute(*log, &m_catalog));
    const MessagesOverviewModel *model = overview.model();
    QCOMPARE(model->index(model->rowOf(1), MessagesOverviewModel::FirstColumn).data().toString(), first);
    QCOMPARE(model->index(model->rowOf(2), MessagesOverviewModel::LastColumn).data().toString(), last);

    // The times are not cut short ("2026-12-04 0..."): their columns fit their contents.
    auto *table = overview.findChild<QTreeView *>(u"overviewTable"_s);
    QVERIFY(table);
    for (const int col : {MessagesOverviewModel::FirstColumn, MessagesOverviewModel::LastColumn}) {
        const int needed = table->fontMetrics().horizontalAdvance(last);
        QVERIFY2(table->header()->sectionSize(col) > needed,
                 qPrintable(u"column %1: %2 px for %3 px of text"_s.arg(col).arg(table->header()->sectionSize(col)).arg(needed)));
    }
}

void TestOverview::controlsAreNamed()
{
    MessagesOverview overview;
    const QList<QWidget *> controls{overview.findChild<QLineEdit *>(u"overviewSearch"_s),
                                    overview.findChild<QTreeView *>(u"overviewTable"_s),
                                    overview.findChild<QLabel *>(u"overviewSummary"_s)};
    for (QWidget *control : controls) {
        QVERIFY(control);
        QVERIFY(!control->objectName().isEmpty());
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
    QVERIFY(!overview.findChild<QLineEdit *>(u"overviewSearch"_s)->placeholderText().isEmpty());
    for (int col = 0; col < MessagesOverviewModel::ColumnCount; ++col)
        QVERIFY(!overview.model()->headerData(col, Qt::Horizontal).toString().isEmpty());
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
