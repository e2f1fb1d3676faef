// The desktop integration files in packaging/ and the icon: the launcher entry, the AppStream
// metadata and the SVG hold what the installed application and software centres rely on.

#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const auto appId = u"org.logsage.LogSage"_s;

QString sourcePath(const QString &relative)
{
    return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u'/' + relative;
}

/// The AppStream facts the test looks at: element path ("component/name") plus language.
using MetaInfo = QMultiHash<QString, QString>;

QString metaKey(const QString &path, const QString &language = {})
{
    return language.isEmpty() ? path : path + u'[' + language + u']';
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void desktopEntry_data();
    void desktopEntry();
    void desktopMimeTypes_data();
    void desktopMimeTypes();
    void metaInfo_data();
    void metaInfo();
    void metaInfoRelease();
    void icon();

private:
    QHash<QString, QString> m_entry;
    MetaInfo m_meta;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("LOGSAGE_SOURCE_DIR"), "run through ctest, which sets LOGSAGE_SOURCE_DIR");

    // Desktop entry: only the [Desktop Entry] group, every line a comment, a group or Key=Value.
    QFile desktop(sourcePath(u"packaging/"_s + appId + u".desktop"_s));
    QVERIFY2(desktop.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(desktop.fileName()));
    const auto lines = QString::fromUtf8(desktop.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first(), u"[Desktop Entry]"_s);
    for (const auto &line : lines.mid(1)) {
        QVERIFY2(!line.startsWith(u'['), qPrintable(u"unexpected group "_s + line));
        if (line.startsWith(u'#'))
            continue;
        const auto equals = line.indexOf(u'=');
        QVERIFY2(equals > 0, qPrintable(u"not a Key=Value line: "_s + line));
        const auto key = line.left(equals);
        QVERIFY2(!m_entry.contains(key), qPrintable(u"duplicate key "_s + key));
        m_entry.insert(key, line.mid(equals + 1));
    }

    // AppStream metadata: well-formed XML; texts recorded by element path and language.
    QFile meta(sourcePath(u"packaging/"_s + appId + u".metainfo.xml"_s));
    QVERIFY2(meta.open(QIODevice::ReadOnly), qPrintable(meta.fileName()));
    QXmlStreamReader reader(&meta);
    QStringList path;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            path.append(reader.name().toString());
            const auto attributes = reader.attributes();
            const auto joined = path.join(u'/');
            for (const auto &attribute : attributes)
                m_meta.insert(joined + u'@' + attribute.qualifiedName().toString(), attribute.value().toString());
            if (reader.name() == u"name" || reader.name() == u"summary" || reader.name() == u"id"
                || reader.name() == u"launchable" || reader.name() == u"project_license"
                || reader.name() == u"metadata_license" || reader.name() == u"binary") {
                const auto language = attributes.value(u"xml:lang"_s).toString();
                m_meta.insert(metaKey(joined, language), reader.readElementText().trimmed());
                path.removeLast();
            }
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(u"metainfo line %1: "_s.arg(reader.lineNumber()) + reader.errorString()));
}

void TestDesktopIntegration::desktopEntry_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // empty: any non-empty value

    QTest::newRow("type") << u"Type"_s << u"Application"_s;
    QTest::newRow("name") << u"Name"_s << u"LogSage"_s;
    QTest::newRow("exec") << u"Exec"_s << u"logsage %F"_s;
    QTest::newRow("icon") << u"Icon"_s << appId;
    QTest::newRow("categories") << u"Categories"_s << u"Network;Utility;Qt;"_s;
    QTest::newRow("terminal") << u"Terminal"_s << u"false"_s;
    QTest::newRow("generic name") << u"GenericName"_s << QString();
    QTest::newRow("comment") << u"Comment"_s << QString();
    QTest::newRow("chinese name") << u"Name[zh_CN]"_s << QString();
    QTest::newRow("chinese generic name") << u"GenericName[zh_CN]"_s << QString();
    QTest::newRow("chinese comment") << u"Comment[zh_CN]"_s << QString();
}

void TestDesktopIntegration::desktopEntry()
{
    QFETCH(QString, key);
    QFETCH(QString, value);

    QVERIFY2(m_entry.contains(key), qPrintable(u"no "_s + key));
    if (value.isEmpty())
        QVERIFY(!m_entry.value(key).trimmed().isEmpty());
    else
        QCOMPARE(m_entry.value(key), value);
    if (key.endsWith(u"[zh_CN]"_s)) {
        const auto text = m_entry.value(key);
        const bool hasHan = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
        QVERIFY2(hasHan, "the Chinese text has no Chinese characters");
    }
}

void TestDesktopIntegration::desktopMimeTypes_data()
{
    QTest::addColumn<QString>("mimeType");
    for (const auto &type : {u"text/plain"_s, u"text/x-log"_s, u"application/gzip"_s, u"application/zip"_s})
        QTest::newRow(qPrintable(type)) << type;
}

void TestDesktopIntegration::desktopMimeTypes()
{
    QFETCH(QString, mimeType);
    const auto value = m_entry.value(u"MimeType"_s);
    QVERIFY2(value.endsWith(u';'), "MimeType must end with ';'");
    QVERIFY(value.split(u';', Qt::SkipEmptyParts).contains(mimeType));
}

void TestDesktopIntegration::metaInfo_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // empty: any non-empty value

    QTest::newRow("component type") << u"component@type"_s << u"desktop-application"_s;
    QTest::newRow("id") << u"component/id"_s << appId;
    QTest::newRow("launchable") << u"component/launchable"_s << appId + u".desktop"_s;
    QTest::newRow("launchable type") << u"component/launchable@type"_s << u"desktop-id"_s;
    QTest::newRow("project license") << u"component/project_license"_s << u"GPL-3.0-or-later"_s;
    QTest::newRow("metadata license") << u"component/metadata_license"_s << u"CC0-1.0"_s;
    QTest::newRow("binary") << u"component/provides/binary"_s << u"logsage"_s;
    QTest::newRow("name") << u"component/name"_s << u"LogSage"_s;
    QTest::newRow("summary") << u"component/summary"_s << QString();
    QTest::newRow("chinese name") << u"component/name[zh_CN]"_s << QString();
    QTest::newRow("chinese summary") << u"component/summary[zh_CN]"_s << QString();
    QTest::newRow("chinese description") << u"component/description/p@xml:lang"_s << u"zh_CN"_s;
}

void TestDesktopIntegration::metaInfo()
{
    QFETCH(QString, key);
    QFETCH(QString, value);

    const auto values = m_meta.values(key);
    QVERIFY2(!values.isEmpty(), qPrintable(u"no "_s + key));
    if (value.isEmpty())
        QVERIFY(!values.first().isEmpty());
    else
        QVERIFY2(values.contains(value), qPrintable(values.join(u", "_s)));
}

void TestDesktopIntegration::metaInfoRelease()
{
    // The newest release listed first must be the version CMake builds.
    const auto versions = m_meta.values(u"component/releases/release@version"_s);
    QVERIFY(!versions.isEmpty());
    QCOMPARE(versions.last(), QStringLiteral(LOGSAGE_VERSION_STRING)); // QMultiHash::values(): newest insert first
}

void TestDesktopIntegration::icon()
{
    QSvgRenderer renderer(sourcePath(u"resources/icons/logsage.svg"_s));
    QVERIFY2(renderer.isValid(), "the icon is no valid SVG");
    const auto box = renderer.viewBoxF();
    QCOMPARE(box.width(), box.height());

    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    QVERIFY2(qAlpha(image.pixel(32, 32)) == 255, "the icon's centre is not painted");
    QVERIFY2(qAlpha(image.pixel(0, 0)) < 255, "the icon has no rounded corners");
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
