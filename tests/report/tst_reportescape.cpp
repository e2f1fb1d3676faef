// Escaping of untrusted text for each report format.

#include "reportescape.h"
#include "reportlayout.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestReportEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A step's `backticked` commands are found (and shown as code); an unpaired backtick stays text.
    void splitCommands_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("no command") << u"Check the cable."_s << QStringList{u"Check the cable."_s};
        QTest::newRow("two commands") << u"Run `display acl` or `display ike peer`."_s
                                      << QStringList{u"Run "_s, u"display acl"_s, u" or "_s, u"display ike peer"_s, u"."_s};
        QTest::newRow("command first") << u"`reset ike sa` then wait"_s << QStringList{QString(), u"reset ike sa"_s, u" then wait"_s};
        QTest::newRow("unpaired backtick") << u"Run `display acl` and `x"_s
                                           << QStringList{u"Run "_s, u"display acl"_s, u" and `x"_s};
    }
    void splitCommands()
    {
        QFETCH(QString, step);
        QFETCH(QStringList, parts);
        QCOMPARE(LogSage::splitCommands(step), parts);
    }

    void html_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"IPSec tunnel 10.0.0.1"_s << u"IPSec tunnel 10.0.0.1"_s;
        QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
        QTest::newRow("attribute quotes") << u"a\"b'c"_s << u"a&quot;b&#39;c"_s;
        QTest::newRow("ampersand") << u"a&amp;b"_s << u"a&amp;amp;b"_s;
        QTest::newRow("equals") << u"src=x"_s << u"src&#61;x"_s;
        QTest::newRow("scheme colon") << u"http://e"_s << u"http&#58;//e"_s;
        QTest::newRow("time colon kept") << u"10:15:32"_s << u"10:15:32"_s;
        QTest::newRow("control characters") << u"a\u0001b\nc"_s << u"a b c"_s;
        QTest::newRow("chinese") << u"隧道建立"_s << u"隧道建立"_s;
    }
    void html()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ReportEscape::html(input), expected);
    }

    void markdown_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"tunnel to 10.0.0.1"_s << u"tunnel to 10.0.0.1"_s;
        QTest::newRow("emphasis and link") << u"**x** [a](http://e)"_s << u"\\*\\*x\\*\\* \\[a\\]\\(http\\://e\\)"_s;
        QTest::newRow("html") << u"<b>x</b>"_s << u"\\<b\\>x\\</b\\>"_s;
        QTest::newRow("table pipe") << u"a|b"_s << u"a\\|b"_s;
        QTest::newRow("code and underscore") << u"`IKE_NEGO_FAIL`"_s << u"\\`IKE\\_NEGO\\_FAIL\\`"_s;
        QTest::newRow("line break") << u"a\nb\r\nc"_s << u"a b  c"_s;
        QTest::newRow("list at start") << u"- item"_s << u"\\- item"_s;
        QTest::newRow("dash inside kept") << u"2026-12-04"_s << u"2026-12-04"_s;
        QTest::newRow("email") << u"root@host"_s << u"root\\@host"_s;
        QTest::newRow("www") << u"see www.example.com"_s << u"see www\\.example.com"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
    }
    void markdown()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ReportEscape::markdown(input), expected);
    }

    void csv_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"dpd timeout"_s << u"\"dpd timeout\""_s;
        QTest::newRow("empty") << QString() << u"\"\""_s;
        QTest::newRow("comma and quote") << u"a,\"b\""_s << u"\"a,\"\"b\"\"\""_s;
        QTest::newRow("newline kept quoted") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula =") << u"=cmd|' /C calc'!A0"_s << u"\"'=cmd|' /C calc'!A0\""_s;
        QTest::newRow("formula +") << u"+1+2"_s << u"\"'+1+2\""_s;
        QTest::newRow("formula -") << u"-1+2"_s << u"\"'-1+2\""_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s;
        QTest::newRow("formula tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("formula CR") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("formula after spaces") << u"  =1"_s << u"\"'  =1\""_s;
        QTest::newRow("equals inside") << u"a=b"_s << u"\"a=b\""_s;
    }
    void csv()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ReportEscape::csv(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestReportEscape)
#include "tst_reportescape.moc"
