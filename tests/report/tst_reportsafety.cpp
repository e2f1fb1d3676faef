// Hostile log content and case notes stay inert text in every report format, and the HTML
// report loads nothing from outside itself.

#include "csvreportwriter.h"
#include "htmlreportwriter.h"
#include "jsonreportwriter.h"
#include "markdownreportwriter.h"
#include "reportfixture.h"
#include "reportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const QString script = u"<script>alert(1)</script>"_s;
const QString formula = u"=cmd|' /C calc'!A0"_s;
const QString markup = u"**x** [a](http://e)"_s;
const QString hostile = script + u' ' + formula + u' ' + markup;

QByteArray hostileLog()
{
    const QByteArray s = script.toUtf8();
    const QByteArray f = formula.toUtf8();
    const QByteArray m = markup.toUtf8();
    return "Dec  4 2026 10:00:00+08:00 R1 %%01EVIL/4/INJECT(l)[1]:" + s + " " + f + " " + m + " https://x.example/a.js\n"
           "Dec  4 2026 10:00:30+08:00 R1 %%01IPSEC/5/IPSEC_TUNNEL_ESTABLISHED(l)[2]:An IPSec tunnel is established. "
           "(PolicyName=" + s + ", IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=192.0.2.1, DstIP=203.0.113.9, CpuID=0, State=Normal)\n"
           "Dec  4 2026 10:01:00+08:00 R1 %%01IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN(l)[3]:An IPSec tunnel is teared down. "
           "(PolicyName=" + s + ", IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=192.0.2.1, DstIP=203.0.113.9, CpuID=0, "
           "OfflineReason=" + f + ", State=Normal)\n"
           "Dec  4 2026 10:02:00+08:00 R1 %%01IKE/5/IKE_NEGO_FAIL(l)[4]:IPSec tunnel negotiation fails. "
           "(IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=" + m + ")\n";
}

} // namespace

class TestReportSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalog m_catalog = Catalog::bundled();
    ReportModel m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"hostile.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(hostileLog());
        file.close();
        m_model = TestSupport::buildStable({path}, Language::English, m_catalog,
                                           {{StepId{u"EVIL/4/INJECT"_s, QString(), 0}, CaseStepState{true, hostile}}},
                                           {{u"hostile.log"_s, 1, hostile, hostile}}, true);
        m_model.title = hostile;
        // A step (user catalogs are untrusted too) whose command and prose carry the hostile text.
        m_model.checklist.append({u"EVIL/4/STEP"_s, u"EVIL/4/STEP"_s, 4, true,
                                  {{u"Run `"_s + hostile + u"` then "_s + hostile, false, QString()}}});
        // The hostile text really reaches the model, so the checks below are not vacuous.
        QCOMPARE(m_model.unknown.size(), 1);
        QVERIFY(m_model.unknown.first().example.contains(script));
        QCOMPARE(m_model.tunnels.events().size(), 3);
        QVERIFY(!m_model.charts.isEmpty());
    }

    void html()
    {
        const QString html = QString::fromUtf8(HtmlReportWriter::render(m_model));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"<code>&lt;script&gt;alert(1)&lt;/script&gt; &#61;cmd"_s)); // the step's command
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"http:"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"https:"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"href"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"javascript"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"@import"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"url("_s, Qt::CaseInsensitive));
        // Every src= is an embedded PNG; there is at least one (the charts).
        const QRegularExpression src(u"src\\s*="_s, QRegularExpression::CaseInsensitiveOption);
        int images = 0;
        for (auto it = src.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            QCOMPARE(html.mid(match.capturedEnd(), 23), u"\"data:image/png;base64,"_s);
            ++images;
        }
        QCOMPARE(images, int(m_model.charts.size()));
    }

    void markdown()
    {
        const QString md = QString::fromUtf8(MarkdownReportWriter::render(m_model));
        QVERIFY(md.contains(u"\\<script\\>alert\\(1\\)\\</script\\>"_s));
        QVERIFY(md.contains(u"\\*\\*x\\*\\* \\[a\\]\\(http\\://e\\)"_s));
        QVERIFY(!md.contains(QRegularExpression(u"(?<!\\\\)<script"_s)));
        QVERIFY(!md.contains(u"**x**"_s));
        QVERIFY(!md.contains(u"`<"_s)); // the hostile command is no code span either
        QVERIFY(!md.contains(u"[a]("_s));
        QVERIFY(!md.contains(u"http:"_s));
        QVERIFY(!md.contains(u"https:"_s));
    }

    void csv_data()
    {
        QTest::addColumn<bool>("tunnels");
        QTest::newRow("message counts") << false;
        QTest::newRow("tunnel events") << true;
    }
    void csv()
    {
        QFETCH(bool, tunnels);
        const QString csv = QString::fromUtf8(tunnels ? CsvReportWriter::tunnelEvents(m_model)
                                                      : CsvReportWriter::messageCounts(m_model));
        // No quoted field starts with a formula character.
        static const QRegularExpression formulaStart(u"(^|,)\"[=+\\-@\\t\\r]"_s, QRegularExpression::MultilineOption);
        QVERIFY2(!formulaStart.match(csv).hasMatch(), qPrintable(csv));
        if (tunnels) {
            QVERIFY(csv.contains(u"\"'=cmd|' /C calc'!A0\""_s));
            QVERIFY(csv.contains(u"\""_s + script + u'"'));
        }
    }

    void json()
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(JsonReportWriter::render(m_model), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Data stays data: the strings come back exactly.
        QCOMPARE(doc[u"title"_s].toString(), hostile);
        const QJsonArray checklist = doc[u"checklist"_s].toArray();
        const auto noted = std::find_if(checklist.begin(), checklist.end(), [](const QJsonValue &group) {
            return group[u"entryId"_s].toString() == u"EVIL/4/INJECT"_s;
        });
        QVERIFY(noted != checklist.end());
        QCOMPARE((*noted)[u"steps"_s][0][u"note"_s].toString(), hostile);
        QCOMPARE(doc[u"bookmarks"_s][0][u"text"_s].toString(), hostile);
        QVERIFY(doc[u"unknown"_s][u"top"_s][0][u"example"_s].toString().startsWith(script));
    }

    void pdf()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to check the PDF");
        const QString path = m_dir.filePath(u"hostile.pdf"_s);
        QString error;
        QVERIFY2(!ReportWriter::write(m_model, ReportFormat::Pdf, path, &error).isEmpty(), qPrintable(error));
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        // Shown as the text it is, not interpreted as markup.
        QVERIFY2(text.contains(script), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"**x**"_s));
    }
};

QTEST_MAIN(TestReportSafety)
#include "tst_reportsafety.moc"
