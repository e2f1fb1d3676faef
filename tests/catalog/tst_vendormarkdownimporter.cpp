#include "catalog.h"
#include "catalogwriter.h"
#include "vendormarkdownimporter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

// Importing the vendor's Markdown log reference, checked against the bundled catalog.
class TestVendorMarkdownImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void excerptMatchesBundled_data();
    void excerptMatchesBundled();
    void excerptFragmentMatchesBundled();
    void excerptProblems();
    void roundTripThroughJson();
    void ownFixture();
    void brokenSections_data();
    void brokenSections();

private:
    QString m_excerpt;
    Catalog m_bundled;
};

namespace {

QString excerptPath()
{
    return qEnvironmentVariable("LOGSAGE_SHARED_DIR") + u"/reference/log-reference-excerpt.md"_s;
}

// Lists every difference between the imported and the bundled Chinese vendor text.
class Differences
{
public:
    void text(const QString &field, const LocalizedText &imported, const LocalizedText &bundled)
    {
        // Texts LogSage wrote itself are not in the vendor's reference, so the import has none.
        const QString expected = bundled.zhOrigin == TextOrigin::Vendor ? bundled.zh : QString();
        const QString actual = imported.zhOrigin == TextOrigin::Vendor ? imported.zh : QString();
        value(field, actual, expected);
    }
    void value(const QString &field, const QString &actual, const QString &expected)
    {
        if (actual != expected)
            m_list.append(field + u": imported \""_s + actual + u"\", bundled \""_s + expected + u'"');
    }
    void steps(const QString &field, const QList<CatalogStep> &imported, const QList<CatalogStep> &bundled)
    {
        value(field + u".size"_s, QString::number(imported.size()), QString::number(bundled.size()));
        for (qsizetype i = 0; i < qMin(imported.size(), bundled.size()); ++i) {
            const QString stepField = field + u'[' + QString::number(i) + u']';
            text(stepField, imported[i].text, bundled[i].text);
            value(stepField + u".commands"_s, imported[i].commands.join(u'|'), bundled[i].commands.join(u'|'));
        }
    }
    void body(const QList<CatalogParameter> &ip, const QList<CatalogCause> &ic, const QList<CatalogStep> &is,
              const QList<CatalogParameter> &bp, const QList<CatalogCause> &bc, const QList<CatalogStep> &bs)
    {
        value(u"parameters.size"_s, QString::number(ip.size()), QString::number(bp.size()));
        for (qsizetype i = 0; i < qMin(ip.size(), bp.size()); ++i) {
            const QString field = u"parameters["_s + QString::number(i) + u']';
            value(field + u".name"_s, ip[i].name, bp[i].name);
            value(field + u".type"_s, ip[i].type, bp[i].type);
            text(field + u".description"_s, ip[i].description, bp[i].description);
        }
        value(u"causes.size"_s, QString::number(ic.size()), QString::number(bc.size()));
        for (qsizetype i = 0; i < qMin(ic.size(), bc.size()); ++i) {
            const QString field = u"causes["_s + QString::number(i) + u']';
            value(field + u".key"_s, ic[i].key, bc[i].key);
            text(field + u".text"_s, ic[i].text, bc[i].text);
            value(field + u".when"_s, describe(ic[i].condition), describe(bc[i].condition));
            steps(field + u".steps"_s, ic[i].steps, bc[i].steps);
        }
        steps(u"steps"_s, is, bs);
    }
    const QStringList &list() const { return m_list; }

private:
    static QString describe(const std::optional<CauseCondition> &condition)
    {
        if (!condition)
            return u"none"_s;
        return condition->parameter + (condition->fallback ? u" fallback"_s : u" == "_s + condition->equals);
    }
    QStringList m_list;
};

QStringList differences(const CatalogEntry &imported, const CatalogEntry &bundled)
{
    Differences d;
    d.value(u"section"_s, imported.section, bundled.section);
    d.value(u"fullText"_s, QVariant(imported.fullText).toString(), QVariant(bundled.fullText).toString());
    d.text(u"appliesTo"_s, imported.appliesTo, bundled.appliesTo);
    d.text(u"message"_s, imported.message, bundled.message);
    d.text(u"meaning"_s, imported.meaning, bundled.meaning);
    d.text(u"causesIntro"_s, imported.causesIntro, bundled.causesIntro);
    d.body(imported.parameters, imported.causes, imported.steps, bundled.parameters, bundled.causes, bundled.steps);
    return d.list();
}

} // namespace

void TestVendorMarkdownImporter::initTestCase()
{
    m_bundled = Catalog::bundled();
    QFile file(excerptPath());
    if (file.open(QIODevice::ReadOnly))
        m_excerpt = QString::fromUtf8(file.readAll());
    else
        qWarning("The vendor excerpt %s is not there: only the built-in fixtures are checked.", qPrintable(excerptPath()));
}

void TestVendorMarkdownImporter::excerptMatchesBundled_data()
{
    QTest::addColumn<QString>("id");
    const Catalog bundled = Catalog::bundled();
    for (const auto &entry : bundled.entries())
        QTest::newRow(entry->id.toUtf8().constData()) << entry->id;
}

void TestVendorMarkdownImporter::excerptMatchesBundled()
{
    QFETCH(QString, id);
    if (m_excerpt.isEmpty())
        return; // reported once in initTestCase; ownFixture covers the importer
    const CatalogFileContents imported = VendorMarkdownImporter::import(m_excerpt, excerptPath());
    const CatalogEntry *bundled = m_bundled.findId(id);
    QVERIFY(bundled);
    const auto it = std::find_if(imported.entries.cbegin(), imported.entries.cend(),
                                 [&](const CatalogEntry &entry) { return entry.id == id; });
    QVERIFY2(it != imported.entries.cend(), qPrintable(id + u" is not in the import"_s));
    QCOMPARE(differences(*it, *bundled), QStringList());
}

void TestVendorMarkdownImporter::excerptFragmentMatchesBundled()
{
    if (m_excerpt.isEmpty())
        return;
    const CatalogFileContents imported = VendorMarkdownImporter::import(m_excerpt, excerptPath());
    QCOMPARE(imported.entries.size(), m_bundled.entries().size());
    QCOMPARE(imported.fragments.size(), 1);
    QCOMPARE(m_bundled.fragments().size(), std::size_t(1));
    const CatalogFragment &got = imported.fragments.first();
    const CatalogFragment &want = m_bundled.fragments().front();
    QCOMPARE(got.before, want.before);
    Differences d;
    d.body(got.parameters, got.causes, got.steps, want.parameters, want.causes, want.steps);
    QCOMPARE(d.list(), QStringList());
}

void TestVendorMarkdownImporter::excerptProblems()
{
    if (m_excerpt.isEmpty())
        return;
    const CatalogFileContents imported = VendorMarkdownImporter::import(m_excerpt, excerptPath());
    QCOMPARE(imported.problems.size(), 1); // only the fragment, which is expected and kept
    QCOMPARE(imported.problems.first().line, 1);
    QVERIFY(imported.problems.first().message.contains(u"fragment"_s));
    QVERIFY(imported.problems.first().toString().startsWith(excerptPath() + u":1:1: "_s));
}

void TestVendorMarkdownImporter::roundTripThroughJson()
{
    const QString markdown = m_excerpt.isEmpty() ? u"### 1.1 A/5/B\n#### 日志含义\n- 含义。\n"_s : m_excerpt;
    const CatalogFileContents imported = VendorMarkdownImporter::import(markdown, u"ref.md"_s);
    const CatalogFileContents reread = readCatalogJson(catalogToJson(imported), u"ref.json"_s);
    QStringList problems;
    for (const CatalogProblem &problem : reread.problems)
        problems.append(problem.toString());
    QCOMPARE(problems, QStringList());
    QCOMPARE(reread.entries.size(), imported.entries.size());
    for (std::size_t i = 0; i < imported.entries.size(); ++i)
        QCOMPARE(differences(reread.entries[i], imported.entries[i]), QStringList());
    QCOMPARE(reread.fragments.size(), imported.fragments.size());
    QCOMPARE(reread.info.name, u"ref"_s);
}

void TestVendorMarkdownImporter::ownFixture()
{
    // A made-up entry in the vendor's layout, so the importer is checked without the excerpt too.
    const QString markdown = u"# 测试日志参考\n"
                             "### 9.1 TEST/5/LINK_FAIL\n"
                             "#### 日志信息\n"
                             "- **TEST/5/LINK_FAIL**: 链路失败。(Port=[ULONG], FailReason=[STRING])\n"
                             "\n"
                             "#### 说明\n"
                             "- V1及以后版本支持该日志。\n"
                             "#### 日志含义\n"
                             "- 链路失败。\n"
                             "#### 日志参数\n"
                             "- **Port**: 端口号\n"
                             "- **FailReason**: 失败原因\n"
                             "#### 可能原因\n"
                             "- 原因包括：\n"
                             "  - cable cut: 线缆断开\n"
                             "  - peer down: 对端关闭\n"
                             "#### 处理步骤\n"
                             "- **cable cut**:\n"
                             "  - a. 执行`display interface`查看端口。\n"
                             "  - b. 更换线缆。\n"
                             "- **非以上原因**:\n"
                             "  - 联系技术支持。\n"
                             "- ----结束\n"
                             "### 9.2 TEST/6/TITLE_ONLY\n"
                             "### 9.3 TEST/4/PLAIN\n"
                             "#### 日志信息\n"
                             "- **TEST/4/PLAIN**: 普通消息[value]。\n"
                             "#### 日志参数\n"
                             "- **value**: 值。\n"
                             "#### 可能原因\n"
                             "- 第一个原因。\n"
                             "#### 处理步骤\n"
                             "1. 第一步。\n"
                             "2. 执行`reset a`和`reset b`。\n"
                             "3. ----结束\n"_s;
    const CatalogFileContents imported = VendorMarkdownImporter::import(markdown, u"/tmp/test-ref.md"_s);
    QCOMPARE(imported.problems.size(), 0);
    QCOMPARE(imported.info.name, u"test-ref"_s);
    QCOMPARE(imported.entries.size(), std::size_t(3));

    const CatalogEntry &fail = imported.entries[0];
    QCOMPARE(fail.id, u"TEST/5/LINK_FAIL"_s);
    QCOMPARE(fail.module, u"TEST"_s);
    QCOMPARE(fail.severity, 5);
    QCOMPARE(fail.brief, u"LINK_FAIL"_s);
    QCOMPARE(fail.section, u"9.1"_s);
    QCOMPARE(fail.message.zh, u"链路失败。(Port=[ULONG], FailReason=[STRING])"_s);
    QCOMPARE(fail.message.en, QString());
    QCOMPARE(fail.message.zhOrigin, TextOrigin::Vendor);
    QCOMPARE(fail.appliesTo.zh, u"V1及以后版本支持该日志。"_s);
    QCOMPARE(fail.parameters.size(), 2);
    QCOMPARE(fail.parameters[0].type, u"ULONG"_s);
    QCOMPARE(fail.parameters[1].type, u"STRING"_s);
    QCOMPARE(fail.causesIntro.zh, u"原因包括："_s);
    QCOMPARE(fail.causes.size(), 3);
    QCOMPARE(fail.causes[0].key, u"cable-cut"_s);
    QCOMPARE(fail.causes[0].condition->parameter, u"FailReason"_s);
    QCOMPARE(fail.causes[0].condition->equals, u"cable cut"_s);
    QCOMPARE(fail.causes[0].steps.size(), 2);
    QCOMPARE(fail.causes[0].steps[0].text.zh, u"执行`display interface`查看端口。"_s);
    QCOMPARE(fail.causes[0].steps[0].commands, QStringList{u"display interface"_s});
    QCOMPARE(fail.causes[1].steps.size(), 0);
    QCOMPARE(fail.causes[2].key, u"other"_s);
    QVERIFY(fail.causes[2].condition->fallback);
    QCOMPARE(fail.causes[2].text.zh, u"非以上原因"_s);
    QCOMPARE(fail.steps.size(), 0);

    const CatalogEntry &title = imported.entries[1];
    QCOMPARE(title.id, u"TEST/6/TITLE_ONLY"_s);
    QVERIFY(!title.fullText);
    QVERIFY(title.message.isEmpty());
    QCOMPARE(title.note.zhOrigin, TextOrigin::Written);

    const CatalogEntry &plain = imported.entries[2];
    QCOMPARE(plain.parameters[0].type, QString());
    QCOMPARE(plain.causes.size(), 1);
    QCOMPARE(plain.causes[0].key, u"cause-1"_s);
    QVERIFY(!plain.causes[0].condition);
    QCOMPARE(plain.steps.size(), 2);
    QCOMPARE(plain.steps[1].text.zh, u"执行`reset a`和`reset b`。"_s);
    QCOMPARE(plain.steps[1].commands, (QStringList{u"reset a"_s, u"reset b"_s}));
}

void TestVendorMarkdownImporter::brokenSections_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("problems"); // "line: words of the message"

    QTest::newRow("unknown heading") << u"### 1.1 A/5/B\n#### 日志信息\n- **A/5/B**: 消息。\n#### 奇怪的部分\n- x\n"_s
                                     << QStringList{u"A/5/B"_s} << QStringList{u"4: unknown heading"_s};
    QTest::newRow("bad ID skips its section")
        << u"### 1.2 NOT-AN-ID\n#### 日志信息\n- **x**: y\n### 1.3 A/5/C\n#### 日志信息\n- **A/5/C**: 消息。\n"_s << QStringList{u"A/5/C"_s}
        << QStringList{u"1: is not a message ID"_s};
    QTest::newRow("line that is not a list item") << u"### 1.1 A/5/B\n#### 日志含义\n正文不是列表\n"_s << QStringList{u"A/5/B"_s}
                                                  << QStringList{u"3: not a list item"_s};
    QTest::newRow("message for another ID") << u"### 1.1 A/5/B\n#### 日志信息\n- **A/5/X**: 消息。\n"_s << QStringList{u"A/5/B"_s}
                                            << QStringList{u"3: not for the section's ID"_s};
    QTest::newRow("text outside any section") << u"### 1.1 A/5/B\nsome text\n#### 日志信息\n- **A/5/B**: 消息。\n"_s << QStringList{u"A/5/B"_s}
                                              << QStringList{u"2: outside any known section"_s};
    QTest::newRow("heading after a chapter title")
        << u"### 1.1 A/5/B\n#### 日志信息\n- **A/5/B**: 消息。\n### X日志参考\n#### 可能原因\n- 原因。\n"_s << QStringList{u"A/5/B"_s}
        << QStringList{u"5: outside any titled section"_s};
    QTest::newRow("parameter without name") << u"### 1.1 A/5/B\n#### 日志参数\n- 没有名字\n"_s << QStringList{u"A/5/B"_s}
                                            << QStringList{u"3: expected \"- **name**"_s, u"1: no 日志信息"_s};
    QTest::newRow("keyed causes without a reason parameter")
        << u"### 1.1 A/5/B\n#### 日志信息\n- **A/5/B**: 消息。\n#### 可能原因\n- 原因：\n  - x: 某原因\n"_s << QStringList{u"A/5/B"_s}
        << QStringList{u"1: no parameter holds a reason"_s};
}

void TestVendorMarkdownImporter::brokenSections()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, problems);
    const CatalogFileContents imported = VendorMarkdownImporter::import(markdown, u"broken.md"_s);
    QStringList actualIds;
    for (const CatalogEntry &entry : imported.entries)
        actualIds.append(entry.id);
    QCOMPARE(actualIds, ids);
    QStringList all;
    for (const CatalogProblem &problem : imported.problems)
        all.append(problem.toString());
    QVERIFY2(imported.problems.size() == problems.size(), qPrintable(all.join(u'\n')));
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const CatalogProblem &problem = imported.problems[i];
        const QString expectedLine = problems[i].section(u": "_s, 0, 0);
        const QString words = problems[i].section(u": "_s, 1);
        QCOMPARE(QString::number(problem.line), expectedLine);
        QCOMPARE(problem.file, u"broken.md"_s);
        QVERIFY2(problem.message.contains(words), qPrintable(problem.message));
    }
}

QTEST_GUILESS_MAIN(TestVendorMarkdownImporter)
#include "tst_vendormarkdownimporter.moc"
