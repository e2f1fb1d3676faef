#include "jsoncursor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

// The streaming JSON reader under the catalog loader: valid JSON is read, invalid JSON is
// reported with what and where, never accepted.
class TestJsonCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeDocuments_data();
    void wholeDocuments();
    void strings_data();
    void strings();
    void membersAndElements();
    void splitArray_data();
    void splitArray();
};

void TestJsonCursor::wholeDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty when valid
    QTest::addColumn<int>("offset");

    QTest::newRow("object") << QByteArray(R"({"a": [1, -2.5e3, true, false, null, "x", {}], "b": {"c": []}})") << QString() << 0;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << QString() << 0;
    QTest::newRow("whitespace") << QByteArray(" \r\n\t[ ]\n") << QString() << 0;
    QTest::newRow("empty") << QByteArray("") << u"the data ends where a value should be"_s << 0;
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a": 1,})") << u"a comma before '}' is not allowed"_s << 8;
    QTest::newRow("trailing comma in array") << QByteArray("[1, 2, ]") << u"a comma before ']' is not allowed"_s << 7;
    QTest::newRow("missing comma") << QByteArray(R"({"a": 1 "b": 2})") << u"expected ',' or '}'"_s << 8;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << u"expected ':' after the member name"_s << 5;
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << u"expected a quoted member name"_s << 1;
    QTest::newRow("unclosed string") << QByteArray(R"(["abc)") << u"the string is not closed"_s << 1;
    QTest::newRow("unclosed object") << QByteArray(R"({"a": 1)") << u"the object is not closed"_s << 7;
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << u"a control character in a string must be escaped"_s << 3;
    QTest::newRow("bad escape") << QByteArray(R"(["a\qb"])") << u"unknown escape \\q"_s << 3;
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])") << u"\\u needs four hexadecimal digits"_s << 3;
    QTest::newRow("bad word") << QByteArray("[tru]") << u"unknown word; expected true, false, null, a number, a string, an object or an array"_s << 1;
    QTest::newRow("bad number") << QByteArray("[1.]") << u"a number needs digits after '.'"_s << 1;
    QTest::newRow("text after the end") << QByteArray("{} x") << u"unexpected text after the end of the document"_s << 3;
    QTest::newRow("nested too deeply") << QByteArray(300, '[') << u"nested too deeply"_s << 256;
}

void TestJsonCursor::wholeDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(int, offset);
    JsonCursor cursor(json);
    cursor.skip();
    cursor.finish();
    QCOMPARE(cursor.failed(), !error.isEmpty());
    QCOMPARE(cursor.errorMessage(), error);
    if (!error.isEmpty())
        QCOMPARE(cursor.errorOffset(), qsizetype(offset));
}

void TestJsonCursor::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");

    QTest::newRow("plain") << QByteArray(R"("IKE/5/IKE_NEGO_FAIL")") << u"IKE/5/IKE_NEGO_FAIL"_s;
    QTest::newRow("utf-8") << QByteArray(R"("两端IKE安全提议参数不匹配")") << u"两端IKE安全提议参数不匹配"_s;
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d\n\t\r\b\f")") << u"a\"b\\c/d\n\t\r\b\f"_s;
    QTest::newRow("unicode escape") << QByteArray(R"("\u9690\u9053")") << u"隐道"_s;
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << QString::fromUcs4(U"\U0001F600", 1);
    QTest::newRow("lone surrogate") << QByteArray(R"("x\ud800y")") << u"x\uFFFDy"_s;
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
}

void TestJsonCursor::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    JsonCursor cursor(json);
    QCOMPARE(cursor.peek(), JsonCursor::Type::String);
    QCOMPARE(cursor.readString(), value);
    QVERIFY(cursor.finish());
}

void TestJsonCursor::membersAndElements()
{
    const QByteArray json = R"({"id": "A/1/B", "n": 1, "list": ["x", "y"], "esc\"aped": true, "skip": {"deep": [1, {"k": null}]}})";
    JsonCursor cursor(json);
    QVERIFY(cursor.enterObject());
    QByteArrayView key;
    QStringList seen;
    while (cursor.nextKey(&key)) {
        seen.append(QString::fromUtf8(key));
        if (key == "id") {
            QCOMPARE(cursor.readString(), u"A/1/B"_s);
        } else if (key == "n") {
            QCOMPARE(cursor.readNumber(), 1.0);
        } else if (key == "list") {
            QVERIFY(cursor.enterArray());
            QStringList items;
            while (cursor.nextElement())
                items.append(cursor.readString());
            QCOMPARE(items, (QStringList{u"x"_s, u"y"_s}));
        } else if (key == "esc\"aped") {
            QCOMPARE(cursor.readBool(), true);
        } else {
            QCOMPARE(cursor.peek(), JsonCursor::Type::Object);
            QCOMPARE(cursor.offset(), json.indexOf("{\"deep\""));
            cursor.skip();
        }
    }
    QVERIFY(cursor.finish());
    QCOMPARE(seen, (QStringList{u"id"_s, u"n"_s, u"list"_s, u"esc\"aped"_s, u"skip"_s}));

    JsonCursor wrongType(R"({"a": 1})");
    QCOMPARE(wrongType.readString(), QString());
    QVERIFY(wrongType.failed());
    QCOMPARE(wrongType.errorMessage(), u"expected a string"_s);
}

QTEST_GUILESS_MAIN(TestJsonCursor)
void TestJsonCursor::splitArray_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("middle");
    QTest::addColumn<int>("comma"); // -1: not splittable
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("close");

    QTest::newRow("plain") << QByteArray("[1,2,3]") << 3 << 4 << 2 << 6;
    QTest::newRow("first comma at or after middle") << QByteArray("[1,2,3]") << 0 << 2 << 1 << 6;
    QTest::newRow("brackets and commas inside strings") << QByteArray(R"([{"a":"],[{,"},{"b":"x"}])") << 3 << 14 << 1 << 24;
    QTest::newRow("escaped quotes") << QByteArray(R"(["a\",", "b\\\\", "c"])") << 8 << 16 << 2 << 21;
    QTest::newRow("nested arrays") << QByteArray("[[1,2],[3,4]]") << 2 << 6 << 1 << 12;
    QTest::newRow("no comma after middle") << QByteArray("[1,2]") << 4 << -1 << 0 << -1;
    QTest::newRow("unclosed") << QByteArray("[1,2,3") << 0 << -1 << 0 << -1;
    QTest::newRow("unclosed string") << QByteArray(R"([1,"2,3])") << 0 << -1 << 0 << -1;
    QTest::newRow("closed by a brace") << QByteArray("[1,2}") << 0 << -1 << 0 << -1;
    QTest::newRow("not an array") << QByteArray("{1,2}") << 0 << -1 << 0 << -1;
}

// The quick scan that lets the catalog loader read a large array on two threads.
void TestJsonCursor::splitArray()
{
    QFETCH(QByteArray, json);
    QFETCH(int, middle);
    QFETCH(int, comma);
    QFETCH(int, index);
    QFETCH(int, close);
    const JsonCursor::ArraySplit split = JsonCursor::splitArray(json, 0, middle);
    QCOMPARE(split.comma, qsizetype(comma));
    if (comma < 0)
        return;
    QCOMPARE(json.at(comma), ',');
    QCOMPARE(split.index, qsizetype(index));
    QCOMPARE(split.close, qsizetype(close));
}

#include "tst_jsoncursor.moc"
