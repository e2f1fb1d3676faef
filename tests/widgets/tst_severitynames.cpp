// Severity names follow the UI language: the reference panel reads "严重级别 5（通知）" in Chinese,
// and the messages overview "5 通知".

#include "catalog.h"
#include "lineexplanation.h"
#include "messagesoverview.h"
#include "messagestats.h"
#include "messagestatssource.h"
#include "referencepanel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

/// Chinese for the few strings this test shows, as i18n/logsage_zh_CN.ts would give them.
class ChineseStrings : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return m_strings.value(QLatin1StringView(context) + u'|' + QLatin1StringView(sourceText));
    }
    bool isEmpty() const override { return false; }

private:
    QHash<QString, QString> m_strings{
        {u"LogSage::ReferencePanel|Severity %1 (%2)"_s, u"严重级别 %1（%2）"_s},
        {u"LogSage::Severity|emergencies"_s, u"紧急"_s},
        {u"LogSage::Severity|alert"_s, u"告警"_s},
        {u"LogSage::Severity|critical"_s, u"严重"_s},
        {u"LogSage::Severity|error"_s, u"错误"_s},
        {u"LogSage::Severity|warning"_s, u"警告"_s},
        {u"LogSage::Severity|notification"_s, u"通知"_s},
        {u"LogSage::Severity|informational"_s, u"信息"_s},
        {u"LogSage::Severity|debugging"_s, u"调试"_s},
    };
};

/// One line of IKE/5/IKE_NEGO_FAIL, as a record source for the overview.
class OneRecord : public MessageRecordSource
{
public:
    quint64 lineCount() const override { return 1; }
    qsizetype readRecords(quint64 first, LineRecord *out, qsizetype max) const override
    {
        if (first > 0 || max < 1)
            return 0;
        out[0] = LineRecord{0, 1, 1, 5, 0};
        return 1;
    }
    int messageTypeCount() const override { return 1; }
    QByteArray messageTypeName(quint16) const override { return "IKE/5/IKE_NEGO_FAIL"; }
    qint64 timeBase() const override { return 0; }
};

} // namespace

class TestSeverityNames : public QObject
{
    Q_OBJECT

private:
    ChineseStrings m_chinese;
    Catalog m_catalog = Catalog::bundled();

private Q_SLOTS:
    void cleanup() { QCoreApplication::removeTranslator(&m_chinese); }

    void names_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        const char *const english[] = {"emergencies", "alert", "critical", "error", "warning", "notification", "informational", "debugging"};
        const QStringList chinese{u"紧急"_s, u"告警"_s, u"严重"_s, u"错误"_s, u"警告"_s, u"通知"_s, u"信息"_s, u"调试"_s};
        for (int severity = 0; severity < 8; ++severity)
            QTest::addRow("%d", severity) << severity << QString::fromLatin1(english[severity]) << chinese.at(severity);
        QTest::newRow("out of range") << 8 << QString() << QString();
    }

    void names()
    {
        QFETCH(int, severity);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QCOMPARE(translatedSeverityName(severity), english);
        QVERIFY(QCoreApplication::installTranslator(&m_chinese));
        QCOMPARE(translatedSeverityName(severity), chinese);
        QCOMPARE(severityName(severity), english); // files and command-line output stay English
    }

    void panelAndOverviewInChinese()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_chinese));
        LineExplanation explanation;
        explanation.isRecord = true;
        explanation.messageId = u"IKE/5/IKE_NEGO_FAIL"_s;
        explanation.severity = 5;
        explanation.entry = m_catalog.findId(u"IKE/5/IKE_NEGO_FAIL"_s);
        QVERIFY(explanation.entry);
        ReferencePanel panel;
        panel.setExplanation(explanation);
        const auto *title = panel.findChild<QLabel *>(u"referenceTitle"_s);
        QVERIFY(title);
        QVERIFY2(title->text().contains(u"严重级别 5（通知）"_s), qPrintable(title->text()));

        MessagesOverview overview;
        overview.setStats(MessageStats::compute(OneRecord(), &m_catalog));
        QCOMPARE(overview.model()->index(0, MessagesOverviewModel::SeverityColumn).data().toString(), u"5 通知"_s);
    }
};

QTEST_MAIN(TestSeverityNames)
#include "tst_severitynames.moc"
