// The parser against real device lines: $LOGSAGE_SHARED_DIR/reference/real-logs holds 246 lines
// from public repositories with the message ID each carries, and whole `display logbuffer`
// outputs. That folder lives beside the checkout, not in it; without it this test says so and
// runs on a few lines of our own instead.

#include "vrpline.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace LogSage;

namespace {

// Our own lines, shaped like device output, for machines without the shared corpus.
const char *const fixtureLines[][2] = {
    {"<187>Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[12]:IPSec tunnel negotiation fails. "
     "(IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)",
     "IKE/5/IKE_NEGO_FAIL"},
    {"2026-12-04 10:15:32.120+08:00 CE-Core-1 %%01IFNET/2/linkDown_active(l):CID=0x807a0405-alarmID=0x08520003;"
     "The interface status changes. (ifName=GE1/0/1, AdminStatus=UP, OperStatus=DOWN)",
     "IFNET/2/linkDown_active"},
    {"Dec  4 2026 10:16:02 AR-Branch-01 LINE/4/USERLOGOUT:OID 1.3.6.1.4.1.2011.5.25.207.2.4 A user logout. "
     "(UserIndex=1, UserName=admin, UserIP=198.51.100.7, UserChannel=VTY0)",
     "LINE/4/USERLOGOUT"},
    {"Dec  4 10:16:40 192.0.2.1 Dec  4 2026 10:16:40 AR-Branch-02 %%01IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN(l):"
     "An IPSec tunnel is teared down. (PolicyName=p1, SeqNum=10, PeerAddress=203.0.113.9, Reason=dpd timeout)",
     "IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN"},
    {"DRV_NI/5/LOOP BACK: Loopback does exist on port Ethernet0/1 vlan 1, please check it", "DRV_NI/5/LOOP BACK|DRV_NI/5/LOOP"},
    {"Logging buffer configuration and contents : enabled", "-"},
};

QString corpusDir()
{
    const QByteArray shared = qgetenv("LOGSAGE_SHARED_DIR");
    if (shared.isEmpty())
        return {};
    const QString dir = QDir(QString::fromLocal8Bit(shared)).filePath(QStringLiteral("reference/real-logs"));
    return QFileInfo::exists(dir + QStringLiteral("/huawei-public-lines.txt")) ? dir : QString();
}

QByteArrayList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void messageIds_data();
    void messageIds();
    void noLineLost();
    void displayBuffers_data();
    void displayBuffers();

private:
    QString m_dir;
};

void TestCorpus::initTestCase()
{
    m_dir = corpusDir();
    if (m_dir.isEmpty())
        qInfo("The shared corpus ($LOGSAGE_SHARED_DIR/reference/real-logs) is not here: "
              "checking the parser on this test's own lines instead.");
    else
        qInfo("Checking the parser on the corpus in %s", qPrintable(QDir::toNativeSeparators(m_dir)));
}

void TestCorpus::messageIds_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArrayList>("accepted"); // empty: no message ID

    if (m_dir.isEmpty()) {
        int number = 0;
        for (const auto &fixture : fixtureLines) {
            const QByteArray ids(fixture[1]);
            QTest::addRow("fixture %d", ++number)
                << QByteArray(fixture[0]) << (ids == "-" ? QByteArrayList() : ids.split('|'));
        }
        return;
    }
    const QByteArrayList lines = readLines(m_dir + QStringLiteral("/huawei-public-lines.txt"));
    const QByteArrayList truth = readLines(m_dir + QStringLiteral("/huawei-public-truth.tsv"));
    QVERIFY(!lines.isEmpty());
    for (const QByteArray &row : truth) {
        if (row.startsWith('#') || row.trimmed().isEmpty())
            continue;
        const QByteArrayList fields = row.split('\t');
        QCOMPARE(fields.size(), 2);
        bool ok = false;
        const int number = fields[0].toInt(&ok);
        QVERIFY2(ok && number >= 1 && number <= lines.size(), row.constData());
        const QByteArray ids = fields[1].trimmed();
        QTest::addRow("line %d", number) << lines[number - 1] << (ids == "-" ? QByteArrayList() : ids.split('|'));
    }
}

void TestCorpus::messageIds()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArrayList, accepted);
    const VrpLine header = VrpLineParser::parseHeader(line);
    const VrpLine full = VrpLineParser::parse(line);
    QCOMPARE(header.isRecord, !accepted.isEmpty());
    QCOMPARE(full.messageId, header.messageId);
    if (accepted.isEmpty())
        return;
    QVERIFY2(accepted.contains(header.messageId.toByteArray()),
             qPrintable(QStringLiteral("got \"%1\", accepted %2")
                            .arg(QString::fromUtf8(header.messageId), QString::fromUtf8(accepted.join(" or ")))));
    QVERIFY(header.severity >= 0 && header.severity <= 7);
    QVERIFY(!header.description.isEmpty() || header.componentPrefix.isEmpty());
}

void TestCorpus::noLineLost()
{
    if (m_dir.isEmpty()) {
        QVERIFY(std::size(fixtureLines) > 0);
        return;
    }
    // The truth file names every line of the corpus exactly once, so messageIds saw them all.
    const QByteArrayList lines = readLines(m_dir + QStringLiteral("/huawei-public-lines.txt"));
    QList<int> numbers;
    for (const QByteArray &row : readLines(m_dir + QStringLiteral("/huawei-public-truth.tsv"))) {
        if (!row.startsWith('#') && !row.trimmed().isEmpty())
            numbers << row.split('\t').value(0).toInt();
    }
    QCOMPARE(lines.size(), 246);
    QCOMPARE(numbers.size(), lines.size());
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers[i], i + 1);
}

void TestCorpus::displayBuffers_data()
{
    QTest::addColumn<QByteArray>("line");
    if (m_dir.isEmpty()) {
        QTest::newRow("fixture header") << QByteArray("Current messages : 372");
        QTest::newRow("fixture command") << QByteArray("<HUAWEI> display logbuffer");
        QTest::newRow("fixture record") << QByteArray(fixtureLines[1][0]);
        return;
    }
    const QDir dir(m_dir + QStringLiteral("/display-buffer-samples"));
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        int number = 0;
        for (const QByteArray &line : readLines(dir.filePath(name)))
            QTest::addRow("%s:%d", qPrintable(name), ++number) << line;
    }
}

void TestCorpus::displayBuffers()
{
    // Buffer headers and the command echo stay plain lines; every `%%01` line is a record
    // with a time and a host.
    QFETCH(QByteArray, line);
    const VrpLine r = VrpLineParser::parse(line);
    QCOMPARE(r.isRecord, line.contains("%%01"));
    QVERIFY(!r.isContinuation);
    if (r.isRecord) {
        QVERIFY(!r.timestampText.isEmpty());
        QVERIFY(!r.host.isEmpty());
        QVERIFY(!r.description.isEmpty());
    }
}

QTEST_APPLESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
