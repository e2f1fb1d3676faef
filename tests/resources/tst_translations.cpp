// The committed translations (i18n/*.ts): every message translated, and every translation keeps
// the source's placeholders, so no "%1" is lost or invented on the way to the user.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; ///< one, or one per plural form
    bool unfinished = false;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = {context, {}, {}, false, xml.attributes().value("numerus"_L1) == "yes"_L1};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
            if (!message.numerus) // plural forms follow as <numerusform> children
                message.translations.append(xml.readElementText());
        } else if (name == "numerusform"_L1) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

/// The placeholders of a text, sorted: %1..%99 (with L), and %n / %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("Chinese") << u"logsage_zh_CN.ts"_s << 1;
        QTest::newRow("English plurals") << u"logsage_en.ts"_s << 2;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        const QString path = QDir(qEnvironmentVariable("LOGSAGE_SOURCE_DIR")).filePath(u"i18n/"_s + file);
        QString error;
        const QList<TsMessage> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + u": "_s + error));
        QVERIFY2(!messages.isEmpty(), qPrintable(path));
        for (const TsMessage &message : messages) {
            const QString where = message.context + u": "_s + message.source;
            QVERIFY2(!message.unfinished, qPrintable(u"unfinished: "_s + where));
            if (message.numerus)
                QVERIFY2(message.translations.size() == pluralForms, qPrintable(u"plural forms: "_s + where));
            for (const QString &translation : message.translations) {
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(u"empty: "_s + where));
                QVERIFY2(!translation.contains(u"(s)"_s), qPrintable(u"\"(s)\" left in: "_s + translation));
                QVERIFY2(placeholders(translation) == placeholders(message.source),
                         qPrintable(u"placeholders differ: "_s + where + u" -> "_s + translation));
            }
        }
    }

    void placeholdersAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("numbered") << u"%1 of %2"_s << QStringList{u"1"_s, u"2"_s};
        QTest::newRow("localized and plural") << u"%L1 (%Ln bytes)"_s << QStringList{u"1"_s, u"n"_s};
        QTest::newRow("percent sign") << u"%1%"_s << QStringList{u"1"_s};
        QTest::newRow("none") << u"Stop"_s << QStringList{};
    }

    void placeholdersAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(placeholders(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
