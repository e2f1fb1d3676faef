// The bundled "Huawei VRP Log" syntax definition: it loads from the resources, and each part of
// a VRP line gets the format the log view relies on, whatever line came before.

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
namespace KSH = KSyntaxHighlighting;

namespace {

const auto definitionName = u"Huawei VRP Log"_s;

/// Records the format name highlightLine() gives each character of one line.
class FormatRecorder : public KSH::AbstractHighlighter
{
public:
    KSH::State highlight(const QString &line, const KSH::State &state = KSH::State())
    {
        m_names = QStringList(line.size());
        return highlightLine(line, state);
    }
    const QStringList &names() const { return m_names; }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        for (int i = offset; i < offset + length && i < m_names.size(); ++i)
            m_names[i] = format.name();
    }

private:
    QStringList m_names;
};

// Lines written for this test in the shapes vrp-log-format.md describes.
const QString ikeLine = u"<189>Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[12]:IPSec tunnel "
                        "negotiation fails. (IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, "
                        "Reason=phase1 proposal mismatch)"_s;
const QString alarmLine = u"2026-12-04 10:15:32.120+08:00 CE-Core-1 %%01IFNET/2/linkDown_active(l):CID=0x807a0405-"
                          "alarmID=0x08520003;The interface status changes. (ifName=GE1/0/1, AdminStatus=UP, "
                          "OperStatus=DOWN, Reason=The link protocol is down)"_s;
const QString errorLine = u"Dec  4 2026 10:20:01 AR-Hub-01 %%01VOSCPU/3/CPU_FAULT(l)[88]:Slot=1,Vcpu=0;The CPU "
                          "failed. (Slot=1, Reason=\"watchdog timeout\")"_s;
const QString linkLine = u"Dec  4 2026 08:47:10+08:00 AR-Branch-01 %%01IFNET/4/IF_STATE(l)[48304]:Interface "
                         "GigabitEthernet0/0/1 has turned into DOWN state."_s;
const QString commandLine = u"<190>Dec  4 2026 00:07:07+08:00 AR-Hub-01 %%01SHELL/6/DISPLAY_CMDRECORD(l)[915541]:"
                            "Record command information. (Task=VT0, Ip=10.20.0.50, User=netmon, "
                            "Command=\"display ipsec sa brief\")"_s;
const QString debugLine = u"Dec 4 2026 23:59:59 HUAWEI %%01IPSEC/7/SA_ADD(d):SA added. (SPI=0x12ab34cd)"_s;
const QString powerLine = u"Dec  4 2026 01:02:03-05:00 DST R1 %%01DEV/1/POWER_FAIL(l)[3]:The power supply failed. "
                          "(Slot=0)"_s;
const QString trapLine = u"Dec  4 2026 09:30:00 sw-01 LINE/4/USERLOGOUT:OID 1.3.6.1.4.1.2011.5.25.207.2.4 A user "
                         "logout. (UserIndex=34, UserName=ops, UserIP=10.1.1.9, UserChannel=VTY0)"_s;
const QString relayLine = u"Dec  4 10:15:33 192.0.2.1 Dec  4 2026 10:15:32+08:00 AR-Hub-01 "
                          "%%01IPSEC/5/IPSEC_INBOUND_SA_MISS(l)[9]:Received an inbound SA miss message. "
                          "(destination address: 203.0.113.9, SPI: 0x12ab34cd, protocol: ESP)"_s;
const QString paramLine = u"Dec  4 2026 10:15:32 HUAWEI %%01DHCP/5/RENEW(l)[1]:The IP address lease is renewed. "
                          "(Client InterfaceName=Vlanif10, Lease Duration=43200, Duration(s)=5, A= 1 , "
                          "DNS Server=(192.0.2.53, 192.0.2.54), Mac=5c0e-8b21-3af7)"_s;

} // namespace

class TestSyntaxDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsFromResources();
    void styles_data();
    void styles();
    void formats_data();
    void formats();
    void linesAreIndependent_data();
    void linesAreIndependent();
    void messageIdsOfRealLines();

private:
    KSH::Repository m_repository;
    KSH::Definition m_definition;
};

void TestSyntaxDefinition::initTestCase()
{
    // The repository skips a definition it cannot read without saying why: say it here.
    QFile file(u":/logsage/syntax/huawei-vrp.xml"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), "the definition is not compiled into the resources");
    QXmlStreamReader reader(&file);
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY2(!reader.hasError(), qPrintable(u"line %1: "_s.arg(reader.lineNumber()) + reader.errorString()));

    m_repository.addCustomSearchPath(u":/logsage"_s);
    m_definition = m_repository.definitionForName(definitionName);
    QVERIFY2(m_definition.isValid(), "the repository does not find the definition by name");
}

void TestSyntaxDefinition::loadsFromResources()
{
    QCOMPARE(m_definition.name(), definitionName);
    QVERIFY(m_definition.extensions().contains(u"*.log"_s));
    QCOMPARE(m_repository.definitionForFileName(u"/tmp/branch-day.log"_s).name(), definitionName);
    // Formats are only known once the definition has really been parsed.
    QVERIFY(m_definition.formats().size() >= 15);
}

void TestSyntaxDefinition::styles_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<KSH::Theme::TextStyle>("style");

    QTest::newRow("timestamp") << u"Timestamp"_s << KSH::Theme::DataType;
    QTest::newRow("priority") << u"Priority"_s << KSH::Theme::Comment;
    QTest::newRow("emergency to critical") << u"Severity Emergency"_s << KSH::Theme::Alert;
    QTest::newRow("error") << u"Severity Error"_s << KSH::Theme::Error;
    QTest::newRow("warning") << u"Severity Warning"_s << KSH::Theme::Warning;
    QTest::newRow("notice") << u"Severity Notice"_s << KSH::Theme::Keyword;
    QTest::newRow("info") << u"Severity Info"_s << KSH::Theme::Preprocessor;
    QTest::newRow("debug") << u"Severity Debug"_s << KSH::Theme::Comment;
    QTest::newRow("key") << u"Parameter Key"_s << KSH::Theme::Attribute;
    QTest::newRow("value") << u"Parameter Value"_s << KSH::Theme::Constant;
    QTest::newRow("quoted") << u"Quoted String"_s << KSH::Theme::String;
    QTest::newRow("address") << u"Address"_s << KSH::Theme::Others;
}

void TestSyntaxDefinition::styles()
{
    QFETCH(QString, format);
    QFETCH(KSH::Theme::TextStyle, style);

    const auto formats = m_definition.formats();
    const auto it = std::find_if(formats.cbegin(), formats.cend(),
                                 [&](const KSH::Format &f) { return f.name() == format; });
    QVERIFY2(it != formats.cend(), qPrintable(u"no format named "_s + format));
    QCOMPARE(it->textStyle(), style);
}

void TestSyntaxDefinition::formats_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("fragment"); // occurs once in the line
    QTest::addColumn<QString>("format");

    QTest::newRow("pri") << ikeLine << u"<189>"_s << u"Priority"_s;
    QTest::newRow("timestamp with offset") << ikeLine << u"Dec  4 2026 10:15:32+08:00"_s << u"Timestamp"_s;
    QTest::newRow("host") << ikeLine << u"AR-Branch-01"_s << u"Host"_s;
    QTest::newRow("format version") << ikeLine << u"%%01"_s << u"Log Marker"_s;
    QTest::newRow("message severity 5") << ikeLine << u"IKE/5/IKE_NEGO_FAIL"_s << u"Severity Notice"_s;
    QTest::newRow("flag and count") << ikeLine << u"(l)[12]:"_s << u"Log Marker"_s;
    QTest::newRow("sentence") << ikeLine << u"IPSec tunnel negotiation fails. "_s << u"Normal"_s;
    QTest::newRow("key") << ikeLine << u"PeerAddress"_s << u"Parameter Key"_s;
    QTest::newRow("numeric value") << ikeLine << u"500"_s << u"Parameter Value"_s;
    QTest::newRow("peer address") << ikeLine << u"203.0.113.9"_s << u"Address"_s;
    QTest::newRow("reason value") << ikeLine << u"phase1 proposal mismatch"_s << u"Parameter Value"_s;

    QTest::newRow("iso timestamp") << alarmLine << u"2026-12-04 10:15:32.120+08:00"_s << u"Timestamp"_s;
    QTest::newRow("message severity 2") << alarmLine << u"IFNET/2/linkDown_active"_s << u"Severity Emergency"_s;
    QTest::newRow("cid prefix") << alarmLine << u"CID=0x807a0405-alarmID=0x08520003;"_s << u"Component"_s;
    QTest::newRow("short interface") << alarmLine << u"GE1/0/1"_s << u"Interface"_s;
    QTest::newRow("sentence value") << alarmLine << u"The link protocol is down"_s << u"Parameter Value"_s;

    QTest::newRow("message severity 3") << errorLine << u"VOSCPU/3/CPU_FAULT"_s << u"Severity Error"_s;
    QTest::newRow("slot prefix") << errorLine << u"Slot=1,Vcpu=0;"_s << u"Component"_s;
    QTest::newRow("quoted value") << errorLine << u"\"watchdog timeout\""_s << u"Quoted String"_s;

    QTest::newRow("message severity 4") << linkLine << u"IFNET/4/IF_STATE"_s << u"Severity Warning"_s;
    QTest::newRow("interface in sentence") << linkLine << u"GigabitEthernet0/0/1"_s << u"Interface"_s;
    QTest::newRow("plain sentence") << linkLine << u" has turned into DOWN state."_s << u"Normal"_s;

    QTest::newRow("message severity 6") << commandLine << u"SHELL/6/DISPLAY_CMDRECORD"_s << u"Severity Info"_s;
    QTest::newRow("quoted command") << commandLine << u"\"display ipsec sa brief\""_s << u"Quoted String"_s;
    QTest::newRow("command key") << commandLine << u"Command"_s << u"Parameter Key"_s;

    QTest::newRow("message severity 7") << debugLine << u"IPSEC/7/SA_ADD"_s << u"Severity Debug"_s;
    QTest::newRow("unpadded day") << debugLine << u"Dec 4 2026 23:59:59"_s << u"Timestamp"_s;
    QTest::newRow("debug flag") << debugLine << u"(d):"_s << u"Log Marker"_s;

    QTest::newRow("message severity 1") << powerLine << u"DEV/1/POWER_FAIL"_s << u"Severity Emergency"_s;
    QTest::newRow("dst timestamp") << powerLine << u"Dec  4 2026 01:02:03-05:00 DST"_s << u"Timestamp"_s;
    QTest::newRow("host after dst") << powerLine << u"R1"_s << u"Host"_s;

    QTest::newRow("trap without %%") << trapLine << u"LINE/4/USERLOGOUT"_s << u"Severity Warning"_s;
    QTest::newRow("trap host") << trapLine << u"sw-01"_s << u"Host"_s;
    QTest::newRow("oid is no address") << trapLine << u"1.3.6.1.4.1.2011.5.25.207.2.4"_s << u"Normal"_s;
    QTest::newRow("trap user address") << trapLine << u"10.1.1.9"_s << u"Address"_s;

    QTest::newRow("relay time") << relayLine << u"Dec  4 10:15:33"_s << u"Timestamp"_s;
    QTest::newRow("relay sender") << relayLine << u"192.0.2.1"_s << u"Address"_s;
    QTest::newRow("device host behind relay") << relayLine << u"AR-Hub-01"_s << u"Host"_s;
    QTest::newRow("key with colon") << relayLine << u"destination address"_s << u"Parameter Key"_s;
    QTest::newRow("value after colon") << relayLine << u"0x12ab34cd"_s << u"Parameter Value"_s;

    QTest::newRow("key with space") << paramLine << u"Client InterfaceName"_s << u"Parameter Key"_s;
    QTest::newRow("key with parentheses") << paramLine << u"Duration(s)"_s << u"Parameter Key"_s;
    QTest::newRow("vlanif value") << paramLine << u"Vlanif10"_s << u"Interface"_s;
    QTest::newRow("value in parentheses") << paramLine << u"(192.0.2.53, 192.0.2.54)"_s << u"Parameter Value"_s;
    QTest::newRow("mac address") << paramLine << u"5c0e-8b21-3af7"_s << u"Address"_s;
}

void TestSyntaxDefinition::formats()
{
    QFETCH(QString, line);
    QFETCH(QString, fragment);
    QFETCH(QString, format);

    const auto start = line.indexOf(fragment);
    QVERIFY2(start >= 0, "the fragment is not in the line");
    QVERIFY2(line.indexOf(fragment, start + 1) < 0, "the fragment occurs more than once");

    FormatRecorder recorder;
    recorder.setDefinition(m_definition);
    recorder.highlight(line);
    for (qsizetype i = start; i < start + fragment.size(); ++i) {
        const auto &got = recorder.names().at(i);
        QVERIFY2(got == format, qPrintable(u"column %1 ('%2') has format '%3'"_s.arg(i).arg(line.at(i)).arg(got)));
    }
}

void TestSyntaxDefinition::linesAreIndependent_data()
{
    QTest::addColumn<QString>("line");
    for (const auto &line : {ikeLine, alarmLine, errorLine, commandLine, trapLine, relayLine, paramLine})
        QTest::newRow(qPrintable(line.left(40))) << line;
}

void TestSyntaxDefinition::linesAreIndependent()
{
    QFETCH(QString, line);

    FormatRecorder recorder;
    recorder.setDefinition(m_definition);
    recorder.highlight(line);
    const auto alone = recorder.names();

    // After a line that leaves a quote, a parenthesis and a component prefix open.
    const auto state = recorder.highlight(u"Dec  4 2026 10:15:32 X %%01A/4/B(l):Slot=1 (Key=\"open"_s);
    recorder.highlight(line, state);
    QCOMPARE(recorder.names(), alone);
}

namespace {

/// The format the message ID of a line with this severity gets.
QString severityFormat(QChar severity)
{
    switch (severity.unicode()) {
    case u'0':
    case u'1':
    case u'2':
        return u"Severity Emergency"_s;
    case u'3':
        return u"Severity Error"_s;
    case u'4':
        return u"Severity Warning"_s;
    case u'5':
        return u"Severity Notice"_s;
    case u'6':
        return u"Severity Info"_s;
    default:
        return u"Severity Debug"_s;
    }
}

struct LinesWithIds {
    QList<std::pair<QString, QString>> lines; ///< line text, message ID in it
    bool isCorpus = false;
};

/// Lines with the message ID each carries: the public corpus beside the checkout when it is
/// there, otherwise the bundled sample log (whose IDs are found by the test's own pattern).
LinesWithIds linesWithIds()
{
    LinesWithIds result;
    const auto corpus = qEnvironmentVariable("LOGSAGE_SHARED_DIR") + u"/reference/real-logs/"_s;
    QFile lines(corpus + u"huawei-public-lines.txt"_s);
    QFile truth(corpus + u"huawei-public-truth.tsv"_s);
    if (lines.open(QIODevice::ReadOnly | QIODevice::Text) && truth.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const auto texts = QString::fromUtf8(lines.readAll()).split(u'\n');
        for (const auto &row : QString::fromUtf8(truth.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            const auto cells = row.split(u'\t');
            if (row.startsWith(u'#') || cells.size() != 2 || cells.at(1) == u"-")
                continue;
            const auto &text = texts.value(cells.at(0).toInt() - 1);
            for (const auto &id : cells.at(1).split(u'|')) {
                if (text.contains(id)) {
                    result.lines.append({text, id});
                    break;
                }
            }
        }
        result.isCorpus = true;
        return result;
    }
    qInfo("%s is not there: checking the bundled sample log instead", qPrintable(corpus));
    QFile sample(u":/logsage/samples/branch-day.log"_s);
    if (!sample.open(QIODevice::ReadOnly))
        return result;
    static const QRegularExpression idPattern(uR"(%%01([A-Za-z]+/[0-7]/\w+)\()"_s);
    for (const auto &text : QString::fromUtf8(sample.readAll()).split(u'\n', Qt::SkipEmptyParts))
        result.lines.append({text, idPattern.match(text).captured(1)});
    return result;
}

} // namespace

void TestSyntaxDefinition::messageIdsOfRealLines()
{
    // Every line whose ID is known must show it in its severity's format; the few layouts the
    // definition leaves plain are listed so that a new miss fails and a fixed one is noticed.
    // Both are bare IDs with a space inside the brief ("DRV_NI/5/LOOP BACK:").
    const QStringList knownMisses = {u"DRV_NI/5/LOOP BACK"_s, u"L2INF/5/PORT LINK STATUS CHANGE"_s};
    const auto [lines, isCorpus] = linesWithIds();
    QVERIFY(lines.size() >= 100);

    FormatRecorder recorder;
    recorder.setDefinition(m_definition);
    QStringList misses;
    for (const auto &[text, id] : lines) {
        QVERIFY2(!id.isEmpty(), qPrintable(text));
        recorder.highlight(text);
        const auto start = text.indexOf(id);
        const auto expected = severityFormat(id.at(id.indexOf(u'/') + 1));
        for (qsizetype i = start; i < start + id.size(); ++i) {
            if (recorder.names().at(i) != expected) {
                misses.append(id);
                break;
            }
        }
    }
    QStringList unexpected;
    for (const auto &id : std::as_const(misses)) {
        if (!knownMisses.contains(id))
            unexpected.append(id);
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(u"message IDs not highlighted: "_s + unexpected.join(u", "_s)));
    if (isCorpus) {
        for (const auto &known : knownMisses)
            QVERIFY2(misses.contains(known), qPrintable(known + u" is highlighted now: drop it from the known misses"_s));
    }
}

QTEST_GUILESS_MAIN(TestSyntaxDefinition)
#include "tst_syntaxdefinition.moc"
