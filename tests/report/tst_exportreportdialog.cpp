// The export dialog: exports on a worker, shows "Open It" at the end, reports problems in place.

#include "exportreportdialog.h"
#include "reportfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestExportReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalog m_catalog = Catalog::bundled();
    LogDocument m_document;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestSupport::openAndWait(m_document, TestSupport::samplePath()));
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("html") << u"d.html"_s << QByteArray("<!DOCTYPE html>");
        QTest::newRow("pdf") << u"d.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("json") << u"d.json"_s << QByteArray("{");
    }
    void exportsEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        ExportReportDialog dialog;
        dialog.setSources({&m_document}, &m_catalog);
        dialog.setGeneratedAt(TestSupport::fixedTime());
        const QString path = m_dir.filePath(file);
        dialog.setOutputPath(path);
        auto *open = dialog.findChild<QPushButton *>(u"openButton"_s);
        QVERIFY(open);
        QVERIFY(!open->isVisibleTo(&dialog));
        QSignalSpy exported(&dialog, &ExportReportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(exported.wait(30000));
        QCOMPARE(dialog.writtenFiles(), QStringList{path});
        QVERIFY(TestSupport::readAll(path).startsWith(start));
        QVERIFY(open->isVisibleTo(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(QFileInfo(path).fileName()));
    }

    void formatChangesTheExtension()
    {
        ExportReportDialog dialog;
        dialog.setOutputPath(m_dir.filePath(u"x.html"_s));
        auto *format = dialog.findChild<QComboBox *>(u"formatCombo"_s);
        format->setCurrentIndex(format->findData(int(ReportFormat::Markdown)));
        QCOMPARE(dialog.outputPath(), m_dir.filePath(u"x.md"_s));
    }

    void problemsShownInPlace_data()
    {
        QTest::addColumn<bool>("withDocument");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("no log open") << false << u"a.html"_s << u"Open a log file"_s;
        QTest::newRow("unwritable") << true << u"missing/dir/a.html"_s << u"a.html"_s;
    }
    void problemsShownInPlace()
    {
        QFETCH(bool, withDocument);
        QFETCH(QString, file);
        QFETCH(QString, message);
        ExportReportDialog dialog;
        if (withDocument)
            dialog.setSources({&m_document}, &m_catalog);
        dialog.setOutputPath(m_dir.filePath(file));
        QSignalSpy failed(&dialog, &ExportReportDialog::exportFailed);
        dialog.startExport();
        QVERIFY(!failed.isEmpty() || failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(message), qPrintable(failed.first().first().toString()));
        QCOMPARE(dialog.findChild<QLabel *>(u"statusLabel"_s)->text(), failed.first().first().toString());
        QVERIFY(dialog.writtenFiles().isEmpty());
        QVERIFY(dialog.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestExportReportDialog)
#include "tst_exportreportdialog.moc"
