// A case survives its process being killed: a child process ticks a step through CaseStore,
// reports it, is killed with SIGKILL at once, and a new process finds the tick.

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCaseKill : public QObject
{
    Q_OBJECT

private:
    static QString childPath()
    {
        return QCoreApplication::applicationDirPath() + u"/casekill_child"_s;
    }

    /// Runs the child to completion and returns its standard output.
    static QString runToEnd(const QStringList &args)
    {
        QProcess child;
        child.start(childPath(), args);
        if (!child.waitForFinished(20000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return u"failed: "_s + QString::fromUtf8(child.readAllStandardError());
        return QString::fromUtf8(child.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(childPath()).isExecutable(),
                 "casekill_child must be built next to this test (tests/analysis/CMakeLists.txt)");
    }

    void changeSurvivesSigkill_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");

        QTest::newRow("tick a general step") << u"tick"_s << QString() << 0 << QString() << u"ticked=1\nnote=\n"_s;
        QTest::newRow("tick a cause's step") << u"tick"_s << u"phase1-proposal-mismatch"_s << 2 << QString() << u"ticked=1\nnote=\n"_s;
        QTest::newRow("write a note") << u"note"_s << u"peer-unreachable"_s << 0 << u"对端 203.0.113.9 不通"_s
                                      << u"ticked=0\nnote=对端 203.0.113.9 不通\n"_s;
    }

    void changeSurvivesSigkill()
    {
        QFETCH(QString, mode);
        QFETCH(QString, cause);
        QFETCH(int, index);
        QFETCH(QString, note);
        QFETCH(QString, expected);

        QTemporaryDir dir;
        const QString store = dir.filePath(u"store"_s);
        const QString log = dir.filePath(u"ar-1.log"_s);
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Dec  4 2026 10:15:32+08:00 AR-1 %%01IKE/5/IKE_NEGO_FAIL(l)[12]:IPSec tunnel negotiation fails.\n");
        }
        const QStringList step{store, log, mode, u"IKE/5/IKE_NEGO_FAIL"_s, cause, QString::number(index)};
        const QStringList show{store, log, u"show"_s, u"IKE/5/IKE_NEGO_FAIL"_s, cause, QString::number(index)};
        QCOMPARE(runToEnd(show), u"ticked=0\nnote=\n"_s);

        QProcess child;
        child.start(childPath(), note.isNull() ? step : step + QStringList{note});
        QVERIFY2(child.waitForStarted(20000), qPrintable(child.errorString()));
        QByteArray output;
        while (!output.contains('\n')) {
            QVERIFY2(child.waitForReadyRead(20000), qPrintable(QString::fromUtf8(child.readAllStandardError())));
            output += child.readAllStandardOutput();
        }
        QCOMPARE(output, mode == u"tick"_s ? QByteArray("ticked\n") : QByteArray("noted\n"));
        child.kill(); // SIGKILL: no destructor, no event loop, no chance to save anything more
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QCOMPARE(runToEnd(show), expected);
        // The case file is whole JSON: QSaveFile replaced it in one step.
        const QDir folder(store);
        const QStringList files = folder.entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile saved(folder.filePath(files.first()));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QJsonParseError error;
        QJsonDocument::fromJson(saved.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
};

QTEST_GUILESS_MAIN(TestCaseKill)
#include "tst_casekill.moc"
