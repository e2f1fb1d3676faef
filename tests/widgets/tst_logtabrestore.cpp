// A filter kept in a case comes back when the file is opened again, even when the message or host
// it names first appears far into the file (after the index has handed out its first lines).

#include "case.h"
#include "casestore.h"
#include "catalog.h"
#include "filteredlines.h"
#include "filterspec.h"
#include "linesource.h"
#include "logdocument.h"
#include "logtab.h"
#include "logview.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

constexpr int totalLines = 300000;
constexpr int lateLines = 7;        // the last lines, the only ones of LATE/4/ONLY_LATE and host Late-Host
constexpr int recognizedLines = totalLines - lateLines;

} // namespace

Q_DECLARE_METATYPE(LogSage::FilterSpec)

class TestLogTabRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Catalog m_catalog = Catalog::bundled();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(CaseStore::defaultFolder()).removeRecursively();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"late.log"_s);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray early = "Dec  4 2026 00:03:17+08:00 AR-Hub-01 %%01IPSEC/5/IPSEC_TUNNEL_ESTABLISHED(l)[1]:up.\n";
        const QByteArray late = "Dec  4 2026 23:59:00+08:00 Late-Host %%01LATE/4/ONLY_LATE(l)[2]:late.\n";
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += early;
        for (int i = 0; i < recognizedLines / 1000; ++i)
            QCOMPARE(file.write(block), block.size());
        for (int i = 0; i < recognizedLines % 1000; ++i)
            file.write(early);
        for (int i = 0; i < lateLines; ++i)
            file.write(late);
    }

    void filterFindsLateNames_data()
    {
        QTest::addColumn<FilterSpec>("spec");
        QTest::addColumn<quint64>("expected");
        FilterSpec message;
        message.messageId = u"LATE/4/ONLY_LATE"_s;
        QTest::newRow("message") << message << quint64(lateLines);
        FilterSpec hidden;
        hidden.hiddenMessages = {u"LATE/4/ONLY_LATE"_s};
        QTest::newRow("hidden message") << hidden << quint64(recognizedLines);
        FilterSpec host;
        host.host = u"Late-Host"_s;
        QTest::newRow("host") << host << quint64(lateLines);
        FilterSpec unknown;
        unknown.recognition = LineFilter::Recognition::Unknown;
        QTest::newRow("unknown") << unknown << quint64(lateLines);
        FilterSpec recognized;
        recognized.recognition = LineFilter::Recognition::Recognized;
        QTest::newRow("recognized") << recognized << quint64(recognizedLines);
    }

    void filterFindsLateNames()
    {
        QFETCH(FilterSpec, spec);
        QFETCH(quint64, expected);
        {
            LogTab first(m_catalog);
            QVERIFY(first.open(m_path));
            QVERIFY(first.investigation());
            first.setFilter(spec);
            QCOMPARE(FilterSpec::fromJson(first.investigation()->filters()), spec);
        }

        LogTab tab(m_catalog);
        QSignalSpy indexed(tab.document(), &LogDocument::indexingFinished);
        QVERIFY(tab.open(m_path));
        QCOMPARE(tab.filter(), spec); // restored from the case before the index has any line
        QVERIFY(indexed.count() > 0 || indexed.wait(60000));
        QCOMPARE(tab.document()->lineCount().value, quint64(totalLines));
        const auto *filtered = tab.findChild<FilteredLines *>();
        QVERIFY(filtered);
        QTRY_VERIFY_WITH_TIMEOUT(!filtered->isSearching(), 60000);
        QCOMPARE(tab.view()->lineSource()->rowCount(), expected);
        QCOMPARE(tab.filter(), spec);
    }
};

QTEST_MAIN(TestLogTabRestore)
#include "tst_logtabrestore.moc"
