#include "catalog.h"
#include "catalogfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

// Importing a reference file into catalog JSON on disk, and checking catalog files.
class TestCatalogFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importWritesACatalog();
    void importFailures_data();
    void importFailures();
    void check_data();
    void check();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &data);
};

QString TestCatalogFiles::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

void TestCatalogFiles::importWritesACatalog()
{
    const QString input = write(u"ref.md"_s, "### 1.1 A/5/B\n#### 日志信息\n- **A/5/B**: 消息[x]。\n#### 日志参数\n- **x**: 某值。\n"
                                              "#### 奇怪\n- y\n### 1.2 A/6/C\n");
    const QString output = m_dir.filePath(u"out.json"_s);
    const ImportOutcome outcome = importReferenceFile(input, output);
    QVERIFY2(outcome.written, qPrintable(outcome.error));
    QCOMPARE(outcome.entryCount, 2);
    QCOMPARE(outcome.fragmentCount, 0);
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems.first().line, 6);

    const CheckOutcome check = checkCatalogFile(output);
    QCOMPARE(check.problems.size(), 0);
    QCOMPARE(check.entryCount, 2);
    Catalog catalog;
    catalog.loadFile(output);
    QCOMPARE(catalog.find("a", "B")->message.zh, u"消息[x]。"_s);
    QCOMPARE(catalog.find("a", "B")->message.zhOrigin, TextOrigin::Vendor);
    QVERIFY(!catalog.find("A", "C")->fullText);
    QCOMPARE(catalog.sources().first().name, u"ref"_s);
}

void TestCatalogFiles::importFailures_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("outputName");
    QTest::addColumn<QString>("words");

    QTest::newRow("missing input") << QByteArray() << u"o1.json"_s << u"cannot be read"_s;
    QTest::newRow("not UTF-8") << QByteArray("### 1.1 A/5/B\n\xff\xfe\n") << u"o2.json"_s << u"is not UTF-8"_s;
    QTest::newRow("no sections") << QByteArray("just some notes\n") << u"o3.json"_s << u"has no sections"_s;
    QTest::newRow("output folder missing") << QByteArray("### 1.1 A/5/B\n") << u"no/such/dir/o4.json"_s << u"cannot be written"_s;
}

void TestCatalogFiles::importFailures()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, outputName);
    QFETCH(QString, words);
    const QString input = markdown.isNull() ? m_dir.filePath(u"absent.md"_s) : write(QString::fromLatin1(QTest::currentDataTag()) + u".md"_s, markdown);
    const QString output = m_dir.filePath(outputName);
    const ImportOutcome outcome = importReferenceFile(input, output);
    QVERIFY(!outcome.written);
    QVERIFY2(outcome.error.contains(words), qPrintable(outcome.error));
    QVERIFY(outcome.error.contains(words == u"cannot be written"_s ? output : input));
    QVERIFY(!QFile::exists(output));
}

void TestCatalogFiles::check_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QStringList>("problems"); // ":line:column: ..." after the file name

    QTest::newRow("clean") << QByteArray(R"({"catalog": {"name": "c"}, "entries": [{"id": "A/1/B", "meaning": {"zh": "m"}}]})") << 1
                           << QStringList{};
    QTest::newRow("duplicate ID") << QByteArray("{\"catalog\": {\"name\": \"c\"}, \"entries\": [\n{\"id\": \"A/1/B\", \"meaning\": {\"zh\": \"m\"}},\n"
                                                "{\"id\": \"A/2/B\", \"meaning\": {\"zh\": \"n\"}}]}")
                                  << 1 << QStringList{u":3:1: A/2/B: replaces the entry A/1/B"_s};
    QTest::newRow("broken JSON") << QByteArray("{\"entries\": [\n}") << 0 << QStringList{u":2:1: not valid JSON (expected a value)"_s};
}

void TestCatalogFiles::check()
{
    QFETCH(QByteArray, json);
    QFETCH(int, entries);
    QFETCH(QStringList, problems);
    const QString path = write(QString::fromLatin1(QTest::currentDataTag()) + u".json"_s, json);
    const CheckOutcome outcome = checkCatalogFile(path);
    QCOMPARE(outcome.entryCount, entries);
    QCOMPARE(outcome.problems.size(), problems.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(outcome.problems[i].toString().startsWith(path + problems[i]), qPrintable(outcome.problems[i].toString()));
}

QTEST_GUILESS_MAIN(TestCatalogFiles)
#include "tst_catalogfiles.moc"
