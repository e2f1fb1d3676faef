#include "catalogcommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LogSage;
using namespace Qt::StringLiterals;

// `logsage catalog import|check`: exit codes, messages naming files and lines, the written file.
class TestCatalogCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commands_data();
    void commands();
    void importThenCheck();

private:
    int run(const QStringList &arguments, QString &out, QString &err);
    QTemporaryDir m_dir;
};

int TestCatalogCommand::run(const QStringList &arguments, QString &out, QString &err)
{
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    return Cli::runCatalogCommand(arguments, outStream, errStream);
}

void TestCatalogCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    write(u"ref.md"_s, "### 1.1 A/5/B\n#### 日志信息\n- **A/5/B**: 消息[x]。\n#### 日志参数\n- **x**: 某值。\n### 1.2 A/6/C\n");
    write(u"odd.md"_s, "### 1.1 A/5/B\n#### 日志信息\n- **A/5/B**: 消息。\n#### 奇怪\n- y\n");
    write(u"good.json"_s, R"({"catalog": {"name": "g"}, "entries": [{"id": "A/1/B", "meaning": {"zh": "m"}}]})");
    write(u"bad.json"_s, "{\"catalog\": {\"name\": \"b\"},\n \"entries\": [{\"id\": \"nope\", \"meaning\": {\"zh\": \"m\"}}]}");
}

void TestCatalogCommand::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("outWords");
    QTest::addColumn<QString>("errWords");

    QTest::newRow("no command") << QStringList{} << 2 << QString() << u"say import or check"_s;
    QTest::newRow("unknown command") << QStringList{u"merge"_s} << 2 << QString() << u"unknown catalog command \"merge\""_s;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"logsage catalog import REFERENCE.md -o CATALOG.json"_s << QString();
    QTest::newRow("import without output") << QStringList{u"import"_s, u"ref.md"_s} << 2 << QString() << u"needs REFERENCE.md and -o"_s;
    QTest::newRow("import with unknown option") << QStringList{u"import"_s, u"ref.md"_s, u"--fast"_s} << 2 << QString()
                                                << u"unknown option --fast"_s;
    QTest::newRow("import missing file") << QStringList{u"import"_s, u"@/absent.md"_s, u"-o"_s, u"@/x.json"_s} << 1 << QString()
                                         << u"absent.md cannot be read"_s;
    QTest::newRow("import") << QStringList{u"import"_s, u"@/ref.md"_s, u"-o"_s, u"@/ref.json"_s} << 0
                            << u"Imported 2 entries from"_s << QString();
    QTest::newRow("import reports what it skips") << QStringList{u"import"_s, u"@/odd.md"_s, u"--output=@/odd.json"_s} << 0
                                                  << u"Imported 1 entry from"_s << u"odd.md:4:1: A/5/B: unknown heading"_s;
    QTest::newRow("check without files") << QStringList{u"check"_s} << 2 << QString() << u"check needs at least one catalog file"_s;
    QTest::newRow("check good") << QStringList{u"check"_s, u"@/good.json"_s} << 0 << u"good.json: 1 entry, no problems."_s << QString();
    QTest::newRow("check bad") << QStringList{u"check"_s, u"@/good.json"_s, u"@/bad.json"_s} << 1 << u"good.json: 1 entry"_s
                               << u"bad.json:2:21: nope: entries[0].id: must look like MODULE/SEVERITY/BRIEF"_s;
}

void TestCatalogCommand::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, outWords);
    QFETCH(QString, errWords);
    for (QString &argument : arguments)
        argument.replace(u"@/"_s, m_dir.path() + u'/');
    QString out;
    QString err;
    QCOMPARE(run(arguments, out, err), status);
    if (!outWords.isEmpty())
        QVERIFY2(out.contains(outWords), qPrintable(out));
    if (!errWords.isEmpty())
        QVERIFY2(err.contains(errWords), qPrintable(err));
    if (errWords.isEmpty())
        QCOMPARE(err, QString());
}

void TestCatalogCommand::importThenCheck()
{
    const QString excerpt = qEnvironmentVariable("LOGSAGE_SHARED_DIR") + u"/reference/log-reference-excerpt.md"_s;
    const QString input = QFile::exists(excerpt) ? excerpt : m_dir.filePath(u"ref.md"_s);
    const QString output = m_dir.filePath(u"excerpt.json"_s);
    QString out;
    QString err;
    QCOMPARE(run({u"import"_s, input, u"-o"_s, output}, out, err), 0);
    QVERIFY(QFile::exists(output));
    out.clear();
    err.clear();
    QCOMPARE(run({u"check"_s, output}, out, err), 0);
    QCOMPARE(err, QString());
    QVERIFY2(out.contains(QFile::exists(excerpt) ? u"83 entries, no problems."_s : u"2 entries, no problems."_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCatalogCommand)
#include "tst_catalogcommand.moc"
