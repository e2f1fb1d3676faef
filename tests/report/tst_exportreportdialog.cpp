// The export dialog: exports on a worker, shows "Open It" at the end, reports problems in place,
// writes the report in the language chosen in it, and remembers its size and last choices.

#include "exportreportdialog.h"
#include "reportfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
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

    static const inline QStringList sectionNames{u"includeSummary"_s, u"includeMessages"_s, u"includeTunnels"_s,
                                                 u"includeChecklist"_s, u"includeBookmarks"_s, u"includeUnknown"_s};

    // The sample repeated until the build takes long enough to be stopped (made once).
    QString largeLog()
    {
        const QString path = m_dir.filePath(u"large.log"_s);
        if (QFileInfo::exists(path))
            return path;
        const QByteArray sample = TestSupport::readAll(TestSupport::samplePath());
        QFile file(path);
        if (sample.isEmpty() || !file.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i < 300; ++i)
            file.write(sample);
        return path;
    }

    static bool exportNow(ExportReportDialog &dialog)
    {
        QSignalSpy exported(&dialog, &ExportReportDialog::exported);
        dialog.startExport();
        return exported.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The dialog's QSettings go to a test location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"LogSageTests"_s);
        QCoreApplication::setApplicationName(u"tst_exportreportdialog"_s);
        QVERIFY(TestSupport::openAndWait(m_document, TestSupport::samplePath()));
    }

    void init()
    {
        QSettings().remove(u"ExportReport"_s);
    }

    // What the user chose in the last export comes back in the next dialog; the report is
    // written in the chosen language whatever the interface language (here English).
    void remembersChoices_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("unchecked");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("heading");
        QTest::newRow("markdown, Chinese, no tunnels or unknown")
            << int(ReportFormat::Markdown) << int(Language::Chinese) << QStringList{u"includeTunnels"_s, u"includeUnknown"_s}
            << QSize(640, 520) << u"# 日志分析报告"_s;
        QTest::newRow("html, English, summary only")
            << int(ReportFormat::Html) << int(Language::English)
            << QStringList{u"includeMessages"_s, u"includeTunnels"_s, u"includeChecklist"_s, u"includeBookmarks"_s, u"includeUnknown"_s}
            << QSize(720, 600) << u"<h1>Log analysis report</h1>"_s;
    }
    void remembersChoices()
    {
        QFETCH(int, format);
        QFETCH(int, language);
        QFETCH(QStringList, unchecked);
        QFETCH(QSize, size);
        QFETCH(QString, heading);
        const QString folder = m_dir.filePath(u"remembered-"_s + QString::number(format));
        QVERIFY(QDir().mkpath(folder));
        {
            ExportReportDialog first;
            first.setSources({&m_document}, &m_catalog);
            first.setGeneratedAt(TestSupport::fixedTime());
            auto *formats = first.findChild<QComboBox *>(u"formatCombo"_s);
            formats->setCurrentIndex(formats->findData(format));
            first.setLanguage(Language(language));
            for (const QString &name : unchecked)
                first.findChild<QCheckBox *>(name)->setChecked(false);
            first.setOutputPath(QDir(folder).filePath(u"r."_s + ReportWriter::extension(ReportFormat(format))));
            QVERIFY(exportNow(first));
            QVERIFY(QString::fromUtf8(TestSupport::readAll(first.writtenFiles().first())).contains(heading));
            first.show();
            first.resize(size);
            first.reject();
        }
        ExportReportDialog next;
        QCOMPARE(next.size(), size);
        QCOMPARE(next.findChild<QComboBox *>(u"formatCombo"_s)->currentData().toInt(), format);
        QCOMPARE(int(next.language()), language);
        for (const QString &name : sectionNames)
            QCOMPARE(next.findChild<QCheckBox *>(name)->isChecked(), !unchecked.contains(name));
        // The folder of the last export, the log's name, the remembered format.
        next.suggestOutputFor(u"/var/log/elsewhere/hub.log"_s);
        QCOMPARE(next.outputPath(), QDir(folder).filePath(u"hub-report."_s + ReportWriter::extension(ReportFormat(format))));
        // A remembered language wins over the interface's default.
        next.setDefaultLanguage(language == int(Language::Chinese) ? Language::English : Language::Chinese);
        QCOMPARE(int(next.language()), language);
    }

    void firstTimeDefaults_data()
    {
        QTest::addColumn<int>("interfaceLanguage");
        QTest::addColumn<QString>("placeholder");
        QTest::newRow("English interface") << int(Language::English) << u"Log analysis report"_s;
        QTest::newRow("Chinese interface") << int(Language::Chinese) << u"日志分析报告"_s;
    }
    void firstTimeDefaults()
    {
        QFETCH(int, interfaceLanguage);
        QFETCH(QString, placeholder);
        ExportReportDialog dialog;
        dialog.setDefaultLanguage(Language(interfaceLanguage));
        QCOMPARE(int(dialog.language()), interfaceLanguage);
        // The title's placeholder is the default title in the report's language.
        QCOMPARE(dialog.findChild<QLineEdit *>(u"titleEdit"_s)->placeholderText(), placeholder);
        QCOMPARE(dialog.findChild<QComboBox *>(u"formatCombo"_s)->currentData().toInt(), int(ReportFormat::Html));
        for (const QString &name : sectionNames)
            QVERIFY(dialog.findChild<QCheckBox *>(name)->isChecked());
        dialog.suggestOutputFor(m_dir.filePath(u"branch-day.log"_s));
        QCOMPARE(dialog.outputPath(), m_dir.filePath(u"branch-day-report.html"_s));
    }

    // A folder that no longer exists is not proposed again.
    void forgetsAMissingFolder()
    {
        {
            QSettings settings;
            settings.setValue(u"ExportReport/folder"_s, m_dir.filePath(u"gone"_s));
        }
        ExportReportDialog dialog;
        dialog.suggestOutputFor(m_dir.filePath(u"a.log"_s));
        QCOMPARE(dialog.outputPath(), m_dir.filePath(u"a-report.html"_s));
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
        // While the file is written, Stop says it cannot stop it.
        auto *stop = dialog.findChild<QPushButton *>(u"cancelButton"_s);
        QStringList stopWhileWriting;
        connect(&dialog, &ExportReportDialog::writing, this, [&] {
            stopWhileWriting << (stop->isEnabled() ? u"enabled"_s : u"disabled"_s) << stop->text();
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(exported.wait(30000));
        QCOMPARE(stopWhileWriting, (QStringList{u"disabled"_s, u"Writing the file..."_s}));
        QVERIFY(stop->isEnabled());
        QCOMPARE(stop->text(), u"&Stop"_s);
        QCOMPARE(dialog.writtenFiles(), QStringList{path});
        QVERIFY(TestSupport::readAll(path).startsWith(start));
        QVERIFY(open->isVisibleTo(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(QFileInfo(path).fileName()));
    }

    // While the log is read, Export waits and says why; it becomes possible when indexing ends.
    void waitsForTheLogToBeRead()
    {
        LogDocument document;
        QVERIFY(document.open(TestSupport::samplePath()));
        QVERIFY(document.isIndexing()); // indexing ends through a queued call
        ExportReportDialog dialog;
        dialog.setSources({&document}, &m_catalog);
        auto *exportButton = dialog.findChild<QPushButton *>(u"exportButton"_s);
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(!exportButton->isEnabled());
        QVERIFY2(status->text().startsWith(u"Still reading the log"_s), qPrintable(status->text()));
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        QVERIFY(finished.wait(20000));
        QVERIFY(exportButton->isEnabled());
        QVERIFY(status->text().isEmpty());
    }

    // An existing file is replaced only after the user presses Replace; a new name asks again.
    void asksBeforeReplacing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("existing");
        QTest::newRow("html") << u"old.html"_s << u"old.html"_s;
        QTest::newRow("csv, its tunnel events") << u"old.csv"_s << u"old-tunnel-events.csv"_s;
    }
    void asksBeforeReplacing()
    {
        QFETCH(QString, file);
        QFETCH(QString, existing);
        QTemporaryDir dir;
        const QString existingPath = dir.filePath(existing);
        {
            QFile old(existingPath);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        ExportReportDialog dialog;
        dialog.setSources({&m_document}, &m_catalog);
        dialog.setOutputPath(dir.filePath(file));
        auto *exportButton = dialog.findChild<QPushButton *>(u"exportButton"_s);
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        QSignalSpy exported(&dialog, &ExportReportDialog::exported);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY2(status->text().contains(u"already exists"_s), qPrintable(status->text()));
        QCOMPARE(exportButton->text(), u"&Replace"_s);
        QVERIFY(exported.isEmpty());
        QCOMPARE(TestSupport::readAll(existingPath), QByteArray("old"));

        // Another name is a new question; back to the first, Replace writes.
        dialog.setOutputPath(dir.filePath(u"other."_s + QFileInfo(file).suffix()));
        QCOMPARE(exportButton->text(), u"&Export"_s);
        dialog.setOutputPath(dir.filePath(file));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(exportButton->text(), u"&Replace"_s);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(exported.wait(30000));
        QVERIFY(TestSupport::readAll(existingPath) != QByteArray("old"));
        QCOMPARE(exportButton->text(), u"&Export"_s);
    }

    // Stop during the build of a large log: no file is left, the choices are locked while busy
    // and free again after.
    void stopLeavesNoFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("html") << u"stopped.html"_s;
        QTest::newRow("csv") << u"stopped.csv"_s;
    }
    void stopLeavesNoFile()
    {
        QFETCH(QString, file);
        const QString large = largeLog();
        QVERIFY(!large.isEmpty());
        LogDocument document;
        QVERIFY(TestSupport::openAndWait(document, large));
        QTemporaryDir dir;
        ExportReportDialog dialog;
        dialog.setSources({&document}, &m_catalog);
        const QString path = dir.filePath(file);
        dialog.setOutputPath(path);
        QSignalSpy failed(&dialog, &ExportReportDialog::exportFailed);
        dialog.startExport();
        const QList<QWidget *> choices{dialog.findChild<QComboBox *>(u"formatCombo"_s), dialog.findChild<QComboBox *>(u"languageCombo"_s),
                                       dialog.findChild<QLineEdit *>(u"titleEdit"_s), dialog.findChild<QLineEdit *>(u"pathEdit"_s),
                                       dialog.findChild<QPushButton *>(u"browseButton"_s), dialog.findChild<QCheckBox *>(u"includeSummary"_s)};
        for (QWidget *choice : choices)
            QVERIFY2(!choice->isEnabled(), qPrintable(choice->objectName()));
        auto *progress = dialog.findChild<QProgressBar *>(u"progressBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20000);
        auto *stop = dialog.findChild<QPushButton *>(u"cancelButton"_s);
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text() == u"Export stopped; no file was written."_s, 20000);
        QVERIFY(failed.isEmpty());
        QVERIFY(dialog.writtenFiles().isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        for (QWidget *choice : choices)
            QVERIFY2(choice->isEnabled(), qPrintable(choice->objectName()));
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
