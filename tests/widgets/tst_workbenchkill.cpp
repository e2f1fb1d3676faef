// The engineer's progress survives the application being killed: a child process builds the
// application's window, opens the sample log, ticks a step (or writes a note) through the
// reference panel, says so on stdout and is killed at once with SIGKILL; a second process with the
// same data folder opens the same log and finds the tick in the panel.

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkbenchKill : public QObject
{
    Q_OBJECT

private:
    static QString childPath() { return QCoreApplication::applicationDirPath() + u"/workbenchkill_child"_s; }
    static QString samplePath()
    {
        return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/samples/branch-day.log"_s;
    }

    /// Settings and cases go to `home`, nowhere else.
    static QProcessEnvironment environment(const QTemporaryDir &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

    /// Runs "show" to its end: the selected line, then "stepK" -> "ticked=X note=Y".
    static QMap<QString, QString> show(const QTemporaryDir &home, QString &line, QString &error)
    {
        QProcess child;
        child.setProcessEnvironment(environment(home));
        child.start(childPath(), {samplePath(), u"show"_s});
        QMap<QString, QString> steps;
        if (!child.waitForFinished(60000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            error = u"show failed: "_s + QString::fromUtf8(child.readAllStandardError());
            return steps;
        }
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &text : lines) {
            if (text.startsWith(u"line "_s))
                line = text.mid(5);
            else
                steps.insert(text.section(u' ', 0, 0), text.section(u' ', 1));
        }
        return steps;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(childPath()).isExecutable(),
                 "workbenchkill_child must be built next to this test (tests/widgets/CMakeLists.txt)");
        QVERIFY2(QFileInfo::exists(samplePath()), qPrintable(samplePath()));
    }

    void progressSurvivesSigkill_data()
    {
        QTest::addColumn<QStringList>("action");   // what the killed child does
        QTest::addColumn<QString>("expectedState"); // what the restarted one finds on that step

        QTest::newRow("tick the first step") << QStringList{u"tick"_s, u"0"_s} << u"ticked=1 note="_s;
        QTest::newRow("tick the last step") << QStringList{u"tick"_s, u"-1"_s} << u"ticked=1 note="_s;
        QTest::newRow("write a note") << QStringList{u"note"_s, u"1"_s, u"peer 203.0.113.9 unreachable"_s}
                                      << u"ticked=0 note=peer 203.0.113.9 unreachable"_s;
    }

    void progressSurvivesSigkill()
    {
        QFETCH(QStringList, action);
        QFETCH(QString, expectedState);

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QString error;
        QString firstLine;
        const QMap<QString, QString> before = show(home, firstLine, error);
        QVERIFY2(!before.isEmpty(), qPrintable(error));
        for (const QString &state : before)
            QCOMPARE(state, u"ticked=0 note="_s);

        QProcess child;
        child.setProcessEnvironment(environment(home));
        child.start(childPath(), QStringList{samplePath()} + action);
        QVERIFY2(child.waitForStarted(20000), qPrintable(child.errorString()));
        QByteArray output;
        while (!output.contains('\n')) {
            QVERIFY2(child.waitForReadyRead(60000),
                     qPrintable(u"the child said nothing: "_s + QString::fromUtf8(child.readAllStandardError())));
            output += child.readAllStandardOutput();
        }
        child.kill(); // SIGKILL at once: no destructor, no event loop, no later save
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // "ticked LINE N" / "noted LINE N"
        const QStringList said = QString::fromUtf8(output).trimmed().split(u' ');
        QCOMPARE(said.size(), 3);
        QCOMPARE(said.at(0), action.first() == u"tick"_s ? u"ticked"_s : u"noted"_s);
        QCOMPARE(said.at(1), firstLine);
        const QString step = u"step"_s + said.at(2);
        QVERIFY2(before.contains(step), qPrintable(step));

        QString restartedLine;
        const QMap<QString, QString> after = show(home, restartedLine, error);
        QVERIFY2(!after.isEmpty(), qPrintable(error));
        QCOMPARE(restartedLine, firstLine);
        QCOMPARE(after.size(), before.size());
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(it.value(), it.key() == step ? expectedState : u"ticked=0 note="_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchKill)
#include "tst_workbenchkill.moc"
