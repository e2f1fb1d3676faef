// `logsage analyze`, run in-process with captured output: usage and input errors, the text
// and JSON statistics, NDJSON records, user catalogs and GB18030 input.

#include "analyzecommand.h"
#include "commandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

// The TESTMOD messages are in no catalog, so the counts stay right whatever catalogs are bundled.
const QByteArray sampleLog =
    "<189>Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[12]:IPSec tunnel negotiation fails. "
    "(IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)\r\n"
    "<189>Dec  4 2026 10:20:00.250+08:00 AR-Branch-01 %%01IPSEC/5/IPSEC_TUNNEL_ESTABLISHED(l)[13]:An IPSec tunnel is "
    "established. (Ifindex=7, SeqNum=10,\r\n"
    "    DstIP=203.0.113.9)\r\n"
    "<188>Dec  4 2026 09:00:00+08:00 HUB-01 %%01TESTMOD/4/UNCATALOGUED_EVENT(l)[3]:Failed to login. (Ip=**, UserName=**, "
    "Times=1, AccessType=CON)\r\n"
    "Dec  4 10:30:00 HUB-01 %%01TESTMOD/2/uncatalogued_active(l):CID=0x807a0405-alarmID=0x08520003;The interface status "
    "changes. (ifName=GE1/0/1, AdminStatus=UP, OperStatus=DOWN)\r\n"
    "Logging buffer configuration and contents : enabled\r\n"
    "<188>Dec  4 2026 10:40:00+08:00 HUB-01 %%01TESTMOD/4/UNCATALOGUED_EVENT(l)[4]:Failed to login. (Ip=**, UserName=**, "
    "Times=2, AccessType=CON)\r\n";

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run analyze(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.status = Cli::runAnalyzeCommand(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void help();
    void missingFileNamesIt();
    void textSummary();
    void jsonSummary();
    void records();
    void recordsEscapeContent();
    void wrongClock();
    void severityDifference();
    void userCatalog();
    void gb18030Input();
    void tunnelsWithUserCatalog_data();
    void tunnelsWithUserCatalog();
    void invalidLinesCounted_data();
    void invalidLinesCounted();
    void dispatch_data();
    void dispatch();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_sample;
};

QString TestAnalyzeCommand::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestAnalyzeCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = writeFile(u"branch.log"_s, sampleLog);
    QVERIFY(!m_sample.isEmpty());
}

void TestAnalyzeCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{} << u"no log file given"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s, u"a.log"_s} << u"unknown option --bogus"_s;
    QTest::newRow("format without value") << QStringList{u"a.log"_s, u"--format"_s} << u"--format needs text or json"_s;
    QTest::newRow("unknown format") << QStringList{u"--format=xml"_s, u"a.log"_s} << u"unknown format \"xml\""_s;
    QTest::newRow("records with format") << QStringList{u"--records"_s, u"--format"_s, u"json"_s, u"a.log"_s}
                                         << u"--records writes NDJSON records; leave out --format"_s;
    QTest::newRow("catalog without folder") << QStringList{u"a.log"_s, u"--catalog"_s} << u"--catalog needs a folder"_s;
}

void TestAnalyzeCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = analyze(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.startsWith(u"logsage analyze: "_s + message), qPrintable(run.err));
    QVERIFY(run.err.contains(u"Usage: logsage analyze"_s));
    QVERIFY(run.out.isEmpty());
}

void TestAnalyzeCommand::help()
{
    const Run run = analyze({u"--help"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.startsWith(u"Usage: logsage analyze FILE..."_s));
    QVERIFY(run.err.isEmpty());
}

void TestAnalyzeCommand::missingFileNamesIt()
{
    // The readable file is still analyzed; the missing one is named, and the status says so.
    const QString missing = m_dir.filePath(u"no-such.log"_s);
    const Run run = analyze({missing, m_sample, u"--format=json"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"no-such.log"_s), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    const QJsonArray files = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"files"_s).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].toObject().value(u"file"_s).toString(), m_sample);

    const Run badCatalog = analyze({m_sample, u"--catalog"_s, m_dir.filePath(u"no-such-folder"_s)});
    QCOMPARE(badCatalog.status, 1);
    QVERIFY(badCatalog.err.contains(u"no-such-folder does not exist"_s));
    QVERIFY(badCatalog.out.startsWith(u"File: "_s));
}

void TestAnalyzeCommand::textSummary()
{
    const Run run = analyze({m_sample});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.err, QString());
    const QString expected = uR"(File: FILE
  Encoding: UTF-8
  Lines: 7 (5 records, 1 continuation lines, 1 other lines)
  Time span: Dec  4 2026 09:00:00+08:00 .. Dec  4 2026 10:40:00+08:00; Dec  4 10:30:00 .. Dec  4 10:30:00 (no year printed; first and last in file order)
  Severity: 2 critical 1, 4 warning 2, 5 notice 2
  Recognized: 2 records of 2 messages; unknown: 3 records of 2 messages
  Modules: TESTMOD 3, IKE 1, IPSEC 1
  Messages:
           2  TESTMOD/4/UNCATALOGUED_EVENT  (unknown)
           1  IKE/5/IKE_NEGO_FAIL
           1  IPSEC/5/IPSEC_TUNNEL_ESTABLISHED
           1  TESTMOD/2/uncatalogued_active  (unknown)
  Top unknown messages:
           2  TESTMOD/4/UNCATALOGUED_EVENT
           1  TESTMOD/2/uncatalogued_active
  Hosts: 2
  Host AR-Branch-01:
    Lines: 3 (2 records, 1 continuation lines, 0 other lines)
    Time span: Dec  4 2026 10:15:32+08:00 .. Dec  4 2026 10:20:00.250+08:00
    Severity: 5 notice 2
    Recognized: 2 records of 2 messages; unknown: 0 records of 0 messages
    Modules: IKE 1, IPSEC 1
    Messages:
             1  IKE/5/IKE_NEGO_FAIL
             1  IPSEC/5/IPSEC_TUNNEL_ESTABLISHED
  Host HUB-01:
    Lines: 3 (3 records, 0 continuation lines, 0 other lines)
    Time span: Dec  4 2026 09:00:00+08:00 .. Dec  4 2026 10:40:00+08:00; Dec  4 10:30:00 .. Dec  4 10:30:00 (no year printed; first and last in file order)
    Severity: 2 critical 1, 4 warning 2
    Recognized: 0 records of 0 messages; unknown: 3 records of 2 messages
    Modules: TESTMOD 3
    Messages:
             2  TESTMOD/4/UNCATALOGUED_EVENT  (unknown)
             1  TESTMOD/2/uncatalogued_active  (unknown)
    Top unknown messages:
             2  TESTMOD/4/UNCATALOGUED_EVENT
             1  TESTMOD/2/uncatalogued_active
)"_s;
    QCOMPARE(QString(run.out).replace(m_sample, u"FILE"_s), expected);

    // Two files: two blocks, in argument order, separated by a blank line.
    const Run twice = analyze({m_sample, m_sample});
    QCOMPARE(twice.out, run.out + u'\n' + run.out);
}

void TestAnalyzeCommand::jsonSummary()
{
    const Run run = analyze({u"--format"_s, u"json"_s, m_sample});
    QCOMPARE(run.status, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray files = document.object().value(u"files"_s).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files[0].toObject();
    QCOMPARE(file.value(u"file"_s).toString(), m_sample);
    QCOMPARE(file.value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(file.value(u"lines"_s).toInt(), 7);
    QCOMPARE(file.value(u"records"_s).toInt(), 5);
    QCOMPARE(file.value(u"continuationLines"_s).toInt(), 1);
    QCOMPARE(file.value(u"otherLines"_s).toInt(), 1);

    const QJsonObject span = file.value(u"timeSpan"_s).toObject();
    QCOMPARE(span.value(u"earliest"_s).toObject().value(u"iso"_s).toString(), u"2026-12-04T09:00:00+08:00"_s);
    QCOMPARE(span.value(u"latest"_s).toObject().value(u"printed"_s).toString(), u"Dec  4 2026 10:40:00+08:00"_s);
    QCOMPARE(span.value(u"days"_s).toInt(), 0);
    QCOMPARE(span.value(u"firstWithoutYear"_s).toObject().value(u"printed"_s).toString(), u"Dec  4 10:30:00"_s);
    QVERIFY(span.value(u"firstWithoutYear"_s).toObject().value(u"iso"_s).isNull());

    const QJsonObject severity = file.value(u"severity"_s).toObject();
    QCOMPARE(severity.size(), 8);
    QCOMPARE(severity.value(u"critical"_s).toInt(), 1);
    QCOMPARE(severity.value(u"warning"_s).toInt(), 2);
    QCOMPARE(severity.value(u"notice"_s).toInt(), 2);
    QCOMPARE(severity.value(u"error"_s).toInt(), 0);

    QCOMPARE(file.value(u"recognized"_s).toObject(), (QJsonObject{{u"records"_s, 2}, {u"messages"_s, 2}}));
    QCOMPARE(file.value(u"unknown"_s).toObject(), (QJsonObject{{u"records"_s, 3}, {u"messages"_s, 2}}));
    const QJsonArray messages = file.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages[0].toObject(), (QJsonObject{{u"id"_s, u"TESTMOD/4/UNCATALOGUED_EVENT"_s}, {u"count"_s, 2},
                                                  {u"known"_s, false}, {u"catalogId"_s, QJsonValue()}}));
    QCOMPARE(messages[1].toObject(), (QJsonObject{{u"id"_s, u"IKE/5/IKE_NEGO_FAIL"_s}, {u"count"_s, 1},
                                                  {u"known"_s, true}, {u"catalogId"_s, u"IKE/5/IKE_NEGO_FAIL"_s}}));
    QCOMPARE(file.value(u"topUnknownMessages"_s).toArray().size(), 2);
    QCOMPARE(file.value(u"modules"_s).toArray()[0].toObject(), (QJsonObject{{u"module"_s, u"TESTMOD"_s}, {u"count"_s, 3}}));

    const QJsonArray hosts = file.value(u"hosts"_s).toArray();
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts[0].toObject().value(u"host"_s).toString(), u"AR-Branch-01"_s);
    QCOMPARE(hosts[0].toObject().value(u"lines"_s).toInt(), 3);
    QCOMPARE(hosts[0].toObject().value(u"continuationLines"_s).toInt(), 1);
    QCOMPARE(hosts[1].toObject().value(u"host"_s).toString(), u"HUB-01"_s);
    QCOMPARE(hosts[1].toObject().value(u"unknown"_s).toObject().value(u"records"_s).toInt(), 3);
}

void TestAnalyzeCommand::records()
{
    const Run run = analyze({m_sample, u"--records"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.endsWith(u'\n'));
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 5);
    QList<QJsonObject> records;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        records << document.object();
        QCOMPARE(records.constLast().keys(), records.constFirst().keys()); // one shape for all
    }

    const QJsonObject first = records[0];
    QCOMPARE(first.value(u"file"_s).toString(), m_sample);
    QCOMPARE(first.value(u"line"_s).toInt(), 1);
    QCOMPARE(first.value(u"time"_s).toString(), u"Dec  4 2026 10:15:32+08:00"_s);
    QCOMPARE(first.value(u"timeIso"_s).toString(), u"2026-12-04T10:15:32+08:00"_s);
    QCOMPARE(first.value(u"timeKind"_s).toString(), u"date"_s);
    QVERIFY(first.value(u"logHostPrefix"_s).isNull());
    QCOMPARE(first.value(u"host"_s).toString(), u"AR-Branch-01"_s);
    QCOMPARE(first.value(u"messageId"_s).toString(), u"IKE/5/IKE_NEGO_FAIL"_s);
    QCOMPARE(first.value(u"module"_s).toString(), u"IKE"_s);
    QCOMPARE(first.value(u"brief"_s).toString(), u"IKE_NEGO_FAIL"_s);
    QCOMPARE(first.value(u"severity"_s).toInt(), 5);
    QCOMPARE(first.value(u"flag"_s).toString(), u"l"_s);
    QCOMPARE(first.value(u"count"_s).toInt(), 12);
    QVERIFY(first.value(u"componentPrefix"_s).isNull());
    QVERIFY(first.value(u"description"_s).toString().startsWith(u"IPSec tunnel negotiation fails. (IfIndex=7"_s));
    QCOMPARE(first.value(u"recognized"_s).toBool(), true);
    QCOMPARE(first.value(u"catalogId"_s).toString(), u"IKE/5/IKE_NEGO_FAIL"_s);
    QCOMPARE(first.value(u"continuationLines"_s).toArray(), QJsonArray());
    const QJsonArray parameters = first.value(u"parameters"_s).toArray();
    QStringList keys;
    for (const QJsonValue &parameter : parameters)
        keys << parameter.toObject().value(u"key"_s).toString();
    QCOMPARE(keys, (QStringList{u"IfIndex"_s, u"SeqNum"_s, u"PeerAddress"_s, u"PeerPort"_s, u"Reason"_s}));
    QCOMPARE(parameters[4].toObject().value(u"value"_s).toString(), u"phase1 proposal mismatch"_s);

    QCOMPARE(records[1].value(u"timeIso"_s).toString(), u"2026-12-04T10:20:00.250+08:00"_s);
    QCOMPARE(records[1].value(u"continuationLines"_s).toArray(), QJsonArray{u"DstIP=203.0.113.9)"_s});

    const QJsonObject yearless = records[3];
    QCOMPARE(yearless.value(u"line"_s).toInt(), 5);
    QCOMPARE(yearless.value(u"time"_s).toString(), u"Dec  4 10:30:00"_s);
    QVERIFY(yearless.value(u"timeIso"_s).isNull());
    QCOMPARE(yearless.value(u"timeKind"_s).toString(), u"date-without-year"_s);
    QCOMPARE(yearless.value(u"componentPrefix"_s).toString(), u"CID=0x807a0405-alarmID=0x08520003;"_s);
    QVERIFY(yearless.value(u"count"_s).isNull());
    QCOMPARE(yearless.value(u"recognized"_s).toBool(), false);
    QVERIFY(yearless.value(u"catalogId"_s).isNull());

    QCOMPARE(records[4].value(u"line"_s).toInt(), 7);
}

void TestAnalyzeCommand::recordsEscapeContent()
{
    // Log content is untrusted: quotes, backslashes and control characters stay inside the string.
    const QByteArray line = "Dec  4 2026 10:15:32 AR\\1 %%01SHELL/5/CMD(s):say \"hi\"\tpath C:\\x \x1b[31mred\x7f "
                            "\xe2\x80\xa8 (Cmd=\"a\\\"b\", X=\x01)\n";
    const QString path = writeFile(u"escape.log"_s, line);
    const Run run = analyze({u"--records"_s, path});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out.count(u'\n'), 1);
    QVERIFY(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x2028)));
    QJsonParseError error;
    const QJsonObject record = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(record.value(u"host"_s).toString(), u"AR\\1"_s);
    QCOMPARE(record.value(u"description"_s).toString(),
             QString::fromUtf8(line.mid(line.indexOf("say"), line.size() - line.indexOf("say") - 1)));
    const QJsonArray parameters = record.value(u"parameters"_s).toArray();
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(parameters[0].toObject().value(u"value"_s).toString(), u"a\\\"b"_s);
    QCOMPARE(parameters[1].toObject().value(u"value"_s).toString(), QString(QChar(1)));
}

void TestAnalyzeCommand::wrongClock()
{
    const QString path = writeFile(u"clock.log"_s,
                                   "Apr  1 2000 23:55:34 Quidway %%01RM/6/ENABLE_1MFIB(l)[0]:Million FIB feature was enabled.\n"
                                   "Jul 14 2062 19:29:08 S5700 %%01SECE/4/ICMP_GLOBAL_RATELIMIT(l)[3673]:Rate exceeds the limit.\n");
    const Run run = analyze({path});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"  Time span: Apr  1 2000 23:55:34 .. Jul 14 2062 19:29:08 (22748 days apart: check the device clocks)\n"_s),
             qPrintable(run.out));
}

void TestAnalyzeCommand::severityDifference()
{
    // Looked up by module (any case) and brief; a different printed severity is shown, not hidden.
    const QString path = writeFile(u"severity.log"_s,
                                   "Dec  4 2026 10:15:32 FW %%01ike/6/IKE_NEGO_FAIL(l):IPSec tunnel negotiation fails.\n");
    const Run run = analyze({path});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"\n           1  ike/6/IKE_NEGO_FAIL  (catalog: IKE/5/IKE_NEGO_FAIL notice)\n"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Recognized: 1 records of 1 messages; unknown: 0 records of 0 messages"_s));
    const Run records = analyze({u"--records"_s, path});
    QCOMPARE(QJsonDocument::fromJson(records.out.toUtf8()).object().value(u"catalogId"_s).toString(), u"IKE/5/IKE_NEGO_FAIL"_s);
}

void TestAnalyzeCommand::userCatalog()
{
    QTemporaryDir catalogs;
    QVERIFY(catalogs.isValid());
    QFile file(catalogs.filePath(u"mine.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"catalog": {"name": "mine"}, "entries": [{"id": "TESTMOD/4/UNCATALOGUED_EVENT", "meaning": {"zh": "登录失败。", "en": "Login failed."}}]})");
    file.close();

    const Run run = analyze({u"--format=json"_s, u"--catalog"_s, catalogs.path(), m_sample});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.err, QString());
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"files"_s).toArray()[0].toObject();
    QCOMPARE(summary.value(u"recognized"_s).toObject(), (QJsonObject{{u"records"_s, 4}, {u"messages"_s, 3}}));

    // A broken user catalog is reported on stderr and does not stop the analysis.
    QFile broken(catalogs.filePath(u"zz-broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"entries\": [ ");
    broken.close();
    const Run withBroken = analyze({u"--catalog"_s, catalogs.path(), m_sample});
    QCOMPARE(withBroken.status, 0);
    QVERIFY2(withBroken.err.contains(u"catalog problem: "_s) && withBroken.err.contains(u"zz-broken.json"_s),
             qPrintable(withBroken.err));
    QVERIFY(withBroken.out.contains(u"Recognized: 4 records of 3 messages"_s));
}

void TestAnalyzeCommand::gb18030Input()
{
    // Firewalls log in GBK: host names and text come out as the characters they were.
    auto gb18030 = QStringEncoder("GB18030");
    QVERIFY(gb18030.isValid());
    const QByteArray bytes = gb18030.encode(u"<189>Dec  4 2026 10:15:32 防火墙-1 %%01SHELL/5/CMDRECORD(s):记录命令。"
                                            u"(Command=display version, 用户=管理员)\n"_s);
    const QString path = writeFile(u"gbk.log"_s, bytes);
    const Run run = analyze({u"--records"_s, path});
    QCOMPARE(run.status, 0);
    const QJsonObject record = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(record.value(u"host"_s).toString(), u"防火墙-1"_s);
    QCOMPARE(record.value(u"description"_s).toString(), u"记录命令。(Command=display version, 用户=管理员)"_s);
    const QJsonArray parameters = record.value(u"parameters"_s).toArray();
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(parameters[1].toObject(), (QJsonObject{{u"key"_s, u"用户"_s}, {u"value"_s, u"管理员"_s}}));
}

void TestAnalyzeCommand::tunnelsWithUserCatalog_data()
{
    QTest::addColumn<bool>("withCatalog");
    QTest::newRow("bundled catalogs only") << false;
    QTest::newRow("with a user catalog that marks the message") << true;
}

// `analyze --tunnels --catalog DIR`: a user catalog may mark further tunnel messages.
void TestAnalyzeCommand::tunnelsWithUserCatalog()
{
    QFETCH(bool, withCatalog);
    const QString log = writeFile(u"xvpn.log"_s,
                                  "Dec  4 2026 10:00:00 R1 %%01XVPN/5/TUNNEL_DOWN(l):A tunnel went down. "
                                  "(PeerAddress=10.9.9.9, Reason=dpd timeout)\n"
                                  "Dec  4 2026 11:00:00 R1 %%01NTP/4/STEP(l):step.\n"_ba);
    QTemporaryDir catalogs;
    QFile catalog(catalogs.filePath(u"xvpn.json"_s));
    QVERIFY(catalog.open(QIODevice::WriteOnly));
    catalog.write(R"({"catalog": {"name": "xvpn"}, "entries": [{"id": "XVPN/5/TUNNEL_DOWN", "meaning": {"en": "A tunnel went down."}, "tunnelEvent": "down"}]})");
    catalog.close();
    QStringList arguments{u"--tunnels"_s, u"--format"_s, u"json"_s, log};
    if (withCatalog)
        arguments << u"--catalog"_s << catalogs.path();
    const Run run = analyze(arguments);
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out.contains(u"10.9.9.9"_s), withCatalog);
}

void TestAnalyzeCommand::invalidLinesCounted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("invalid");
    const QByteArray good = u"Dec  4 2026 10:00:00 AR1 %%01IFNET/4/LINK_STATE(l):接口状态变为DOWN。\n"_s.toUtf8();
    QTest::newRow("clean") << good.repeated(40) << 0;
    QTest::newRow("a bad byte and a cut character") << good.repeated(40) + "bad \xff\ncut \xe6\x8e\n"_ba << 2;
}

// A few broken bytes are counted and said, so the engineer knows the file is damaged or mixed.
void TestAnalyzeCommand::invalidLinesCounted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, invalid);
    const QString path = writeFile(u"invalid.log"_s, bytes);
    const Run json = analyze({u"--format"_s, u"json"_s, path});
    QCOMPARE(json.status, 0);
    const QJsonObject file = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"files"_s).toArray().at(0).toObject();
    QCOMPARE(file.value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(file.value(u"invalidLines"_s).toInt(), invalid);
    const Run text = analyze({path});
    QCOMPARE(text.out.contains(u"Lines with bytes invalid in UTF-8: %1"_s.arg(invalid)), invalid > 0);
}

void TestAnalyzeCommand::dispatch_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("isCommand");
    QTest::newRow("analyze") << u"analyze"_s << true;
    QTest::newRow("file name") << u"branch.log"_s << false;
    QTest::newRow("option") << u"--help"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAnalyzeCommand::dispatch()
{
    QFETCH(QString, argument);
    QFETCH(bool, isCommand);
    QCOMPARE(Cli::isCommand(argument), isCommand);
}

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
