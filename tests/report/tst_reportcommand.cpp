// `logsage report`: formats from the extension, language, case, and exit codes 0/1/2.

#include "case.h"
#include "casefile.h"
#include "catalog.h"
#include "reportcommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

QString samplePath()
{
    return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/samples/branch-day.log"_s;
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = Cli::runReportCommand(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void writesEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html") << u"r.html"_s << u"<!DOCTYPE html>"_s;
        QTest::newRow("markdown") << u"r.md"_s << u"# Log analysis report"_s;
        QTest::newRow("json") << u"r.json"_s << u"\"format\": 1"_s;
        QTest::newRow("csv") << u"r.csv"_s << u"message,severity,count,recognized"_s;
        QTest::newRow("pdf") << u"r.pdf"_s << u"%PDF-"_s;
    }
    void writesEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(file);
        const Run r = run({samplePath(), u"-o"_s, path, u"--lang"_s, u"en"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(path));
        QVERIFY(readText(path).contains(expected));
    }

    void chineseReferenceText()
    {
        const QString path = m_dir.filePath(u"zh.md"_s);
        const Run r = run({samplePath(), u"-o"_s, path, u"--lang"_s, u"zh"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Catalog catalog = Catalog::bundled();
        const CatalogEntry *entry = catalog.find("IKE", "IKE_NEGO_FAIL");
        QVERIFY(entry && !entry->meaning.zh.isEmpty());
        QVERIFY(readText(path).contains(entry->meaning.zh));
    }

    void caseNotesAndBookmarks()
    {
        Case reportCase;
        const Catalog catalog = Catalog::bundled();
        const CatalogEntry *entry = catalog.find("IKE", "IKE_NEGO_FAIL");
        QVERIFY(entry && !entry->causes.isEmpty() && !entry->causes.first().steps.isEmpty());
        const CatalogCause &cause = entry->causes.first();
        const StepId step{entry->id, cause.key, 0};
        reportCase.setTicked(step, true);
        reportCase.setNote(step, u"checked the proposals with the branch"_s);
        reportCase.addBookmark({u"unknown-fingerprint"_s, 2, QString(), u"bookmark note"_s});
        const QString casePath = m_dir.filePath(u"case.json"_s);
        QVERIFY(reportCase.writeTo(casePath).isEmpty());

        const QString path = m_dir.filePath(u"case.json.md"_s);
        const Run r = run({samplePath(), u"-o"_s, path, u"--lang"_s, u"en"_s, u"--case"_s, casePath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString md = readText(path);
        QVERIFY(md.contains(u"checked the proposals with the branch"_s));
        QVERIFY(md.contains(cause.steps.first().text.en.left(12))); // its command a code span
        QVERIFY(md.contains(u"bookmark note"_s));
        // Every step shown for the message is listed, with its progress.
        static const QRegularExpression progress(u"IKE/5/IKE\\\\_NEGO\\\\_FAIL: 1/(\\d+) done"_s);
        const auto match = progress.match(md);
        QVERIFY2(match.hasMatch(), qPrintable(md.right(3000)));
        QVERIFY(match.captured(1).toInt() >= 2);
    }

    // The case's files are matched to the logs given by content, never by name.
    void caseFilesMatchedByContent_data()
    {
        QTest::addColumn<bool>("sameContent");
        QTest::newRow("the same log under another path") << true;
        QTest::newRow("another log with the same name") << false;
    }
    void caseFilesMatchedByContent()
    {
        QFETCH(bool, sameContent);
        QTemporaryDir elsewhere;
        const QString other = elsewhere.filePath(u"branch-day.log"_s);
        if (sameContent) {
            QVERIFY(QFile::copy(samplePath(), other));
        } else {
            QFile file(other);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("line one of another router\nline two of another router\nline three of another router\n");
        }
        const FileFingerprint print = fingerprintFile(other);
        QVERIFY(print.ok());
        Case reportCase;
        reportCase.setFiles({print.file});
        reportCase.addBookmark({print.file.fingerprint, 2, QString(), u"third line"_s});
        const QString casePath = m_dir.filePath(u"matched.json"_s);
        QVERIFY(reportCase.writeTo(casePath).isEmpty());
        const QString path = m_dir.filePath(u"matched.md"_s);
        const Run r = run({samplePath(), u"-o"_s, path, u"--lang"_s, u"en"_s, u"--case"_s, casePath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString md = readText(path);
        QVERIFY(md.contains(u"third line"_s));
        QCOMPARE(r.err.contains(u"was saved for"_s), !sameContent);
        QVERIFY(!md.contains(u"another router"_s));
        QFile sample(samplePath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        sample.readLine();
        sample.readLine();
        const QString third = QString::fromUtf8(sample.readLine()).trimmed();
        // A run of digits from the line ("[915536]"): Markdown escapes the line's brackets, not its digits.
        static const QRegularExpression digits(u"\\[(\\d{4,})\\]"_s);
        const QString marker = digits.match(third).captured(1);
        QVERIFY(!marker.isEmpty());
        QCOMPARE(md.contains(marker), sameContent);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(u"e.html"_s);
        QTest::newRow("no file") << QStringList{u"-o"_s, out} << 2 << u"log file"_s;
        QTest::newRow("no output") << QStringList{samplePath()} << 2 << u"-o OUT"_s;
        QTest::newRow("unknown extension") << QStringList{samplePath(), u"-o"_s, m_dir.filePath(u"r.txt"_s)} << 2 << u"r.txt"_s;
        QTest::newRow("bad language") << QStringList{samplePath(), u"-o"_s, out, u"--lang"_s, u"fr"_s} << 2 << u"fr"_s;
        QTest::newRow("unknown option") << QStringList{samplePath(), u"-o"_s, out, u"--colour"_s} << 2 << u"--colour"_s;
        QTest::newRow("missing log") << QStringList{m_dir.filePath(u"missing.log"_s), u"-o"_s, out} << 1 << u"missing.log"_s;
        QTest::newRow("missing case") << QStringList{samplePath(), u"-o"_s, out, u"--case"_s, m_dir.filePath(u"nocase.json"_s)}
                                      << 1 << u"nocase.json"_s;
        QTest::newRow("unwritable output") << QStringList{samplePath(), u"-o"_s, m_dir.filePath(u"no/dir/r.md"_s)} << 1 << u"r.md"_s;
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void help()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Usage: logsage report"_s));
    }
};

QTEST_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
