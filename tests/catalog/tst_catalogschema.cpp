#include "catalogwriter.h"
#include "vendormarkdownimporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

// The JSON Schema documents the catalog format: the bundled catalogs and the importer's output
// follow it. Checked with a small validator for the keywords the schema uses.
class TestCatalogSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledCatalogsFollowTheSchema_data();
    void bundledCatalogsFollowTheSchema();
    void importOutputFollowsTheSchema();
    void validatorRejects_data();
    void validatorRejects();

private:
    QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QString &path) const;
    QJsonObject resolve(const QJsonObject &schema) const;
    QJsonObject m_schema;
};

static QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

void TestCatalogSchema::initTestCase()
{
    m_schema = readJson(u":/logsage/catalog/logsage-catalog.schema.json"_s).object();
    QVERIFY(m_schema.contains("$defs"_L1));
}

QJsonObject TestCatalogSchema::resolve(const QJsonObject &schema) const
{
    const QString ref = schema.value("$ref"_L1).toString();
    if (!ref.startsWith(u"#/$defs/"_s))
        return schema;
    return m_schema.value("$defs"_L1).toObject().value(ref.mid(8)).toObject();
}

QStringList TestCatalogSchema::validate(const QJsonValue &value, const QJsonObject &node, const QString &path) const
{
    const QJsonObject schema = resolve(node);
    QStringList errors;
    const QString type = schema.value("type"_L1).toString();
    if ((type == u"object" && !value.isObject()) || (type == u"array" && !value.isArray()) || (type == u"string" && !value.isString())
        || (type == u"boolean" && !value.isBool()))
        return {path + u": not a "_s + type};
    if (schema.contains("const"_L1) && value != schema.value("const"_L1))
        errors.append(path + u": not the constant"_s);
    if (schema.contains("enum"_L1) && !schema.value("enum"_L1).toArray().contains(value))
        errors.append(path + u": not one of the allowed values"_s);
    if (schema.contains("pattern"_L1)
        && !QRegularExpression(schema.value("pattern"_L1).toString()).match(value.toString()).hasMatch())
        errors.append(path + u": does not match the pattern"_s);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (const QJsonValue &required : schema.value("required"_L1).toArray()) {
            if (!object.contains(required.toString()))
                errors.append(path + u": lacks "_s + required.toString());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                errors += validate(it.value(), properties.value(it.key()).toObject(), path + u'.' + it.key());
            else if (schema.value("additionalProperties"_L1) == QJsonValue(false))
                errors.append(path + u": undeclared field "_s + it.key());
        }
        const QJsonArray oneOf = schema.value("oneOf"_L1).toArray();
        if (!oneOf.isEmpty()) {
            const auto fits = std::count_if(oneOf.begin(), oneOf.end(),
                                            [&](const QJsonValue &option) { return validate(value, option.toObject(), path).isEmpty(); });
            if (fits != 1)
                errors.append(path + u": fits %1 of the oneOf options"_s.arg(fits));
        }
        if (schema.contains("if"_L1)) {
            const bool condition = validate(value, schema.value("if"_L1).toObject(), path).isEmpty();
            const QJsonValue branch = schema.value(condition ? "then"_L1 : "else"_L1);
            if (branch.isObject()) {
                const QJsonArray anyOf = branch.toObject().value("anyOf"_L1).toArray();
                if (!anyOf.isEmpty() && std::none_of(anyOf.begin(), anyOf.end(), [&](const QJsonValue &option) {
                        return validate(value, option.toObject(), path).isEmpty();
                    }))
                    errors.append(path + u": fits none of the anyOf options"_s);
            }
        }
    }
    if (value.isArray() && schema.contains("items"_L1)) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            errors += validate(array.at(i), schema.value("items"_L1).toObject(), path + u'[' + QString::number(i) + u']');
    }
    return errors;
}

void TestCatalogSchema::bundledCatalogsFollowTheSchema_data()
{
    QTest::addColumn<QString>("path");
    const QStringList names = QDir(u":/logsage/catalog"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (!name.endsWith(u".schema.json"_s))
            QTest::newRow(name.toUtf8().constData()) << u":/logsage/catalog/"_s + name;
    }
}

void TestCatalogSchema::bundledCatalogsFollowTheSchema()
{
    QFETCH(QString, path);
    const QJsonDocument document = readJson(path);
    QVERIFY(document.isObject());
    QCOMPARE(validate(document.object(), m_schema, u"$"_s), QStringList());
}

void TestCatalogSchema::importOutputFollowsTheSchema()
{
    const QString markdown = u"### 参数名称及含义\n- **p**: 片段。\n### 1.1 A/5/B\n#### 日志信息\n- **A/5/B**: 消息(Reason=[STRING])。\n"
                             "#### 日志参数\n- **Reason**: 原因\n#### 可能原因\n- 原因：\n  - x: 某原因\n#### 处理步骤\n"
                             "- **x**:\n  - 执行`display x`。\n- **非以上原因**:\n  - 联系技术支持。\n### 1.2 A/6/C\n"_s;
    const CatalogFileContents contents = VendorMarkdownImporter::import(markdown, u"ref.md"_s);
    QCOMPARE(contents.entries.size(), std::size_t(2));
    const QJsonDocument document = QJsonDocument::fromJson(catalogToJson(contents));
    QCOMPARE(validate(document.object(), m_schema, u"$"_s), QStringList());
}

void TestCatalogSchema::validatorRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("bad id") << QByteArray(R"({"entries": [{"id": "x", "meaning": {"zh": "m"}}]})") << u"$.entries[0].id: does not match"_s;
    QTest::newRow("undeclared field") << QByteArray(R"({"entries": [{"id": "A/1/B", "meening": {}}]})") << u"$.entries[0]: undeclared field meening"_s;
    QTest::newRow("condition without value") << QByteArray(R"({"entries": [{"id": "A/1/B", "meaning": {"zh": "m"}, "causes": [{"key": "k", "text": {}, "when": {"parameter": "R"}}]}]})")
                                             << u"$.entries[0].causes[0].when: fits 0 of the oneOf"_s;
    QTest::newRow("no text") << QByteArray(R"({"entries": [{"id": "A/1/B"}]})") << u"$.entries[0]: fits none of the anyOf"_s;
    QTest::newRow("bad origin") << QByteArray(R"({"entries": [{"id": "A/1/B", "meaning": {"zh": "m", "origin": {"zh": "ai"}}}]})")
                                << u"$.entries[0].meaning.origin.zh: not one of"_s;
}

void TestCatalogSchema::validatorRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QStringList errors = validate(QJsonDocument::fromJson(json).object(), m_schema, u"$"_s);
    QVERIFY2(!errors.isEmpty() && errors.first().startsWith(error), qPrintable(errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCatalogSchema)
#include "tst_catalogschema.moc"
