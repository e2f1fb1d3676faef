#pragma once

// Shared by the workbench widget tests: the sample log, opening a log in the main window and
// waiting for its index, finding lines, acting on the next popup or dialog, and a test main()
// that keeps settings and cases in a temporary XDG home set before the application starts.

#include "apptheme.h"
#include "case.h"
#include "catalog.h"
#include "filteredlines.h"
#include "linesource.h"
#include "logdocument.h"
#include "logtab.h"
#include "logview.h"
#include "mainwindow.h"
#include "referencepanel.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUrl>

#include <functional>

namespace WorkbenchTest {

using namespace Qt::StringLiterals;
using namespace LogSage;

inline QString samplePath()
{
    return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/samples/branch-day.log"_s;
}

inline bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy indexed(&window, &MainWindow::documentIndexed);
    if (!window.openFile(path))
        return false;
    return !indexed.isEmpty() || indexed.wait(20000);
}

/// The first line at or after `from` whose record passes `matches`, or -1.
inline qint64 findLine(const LogDocument &document, const std::function<bool(const LineRecord &, LineNumber)> &matches,
                       quint64 from = 0)
{
    for (quint64 i = from; i < document.lineCount().value; ++i)
        if (matches(document.record(LineNumber(i)), LineNumber(i)))
            return qint64(i);
    return -1;
}

inline qint64 findType(const LogDocument &document, const QByteArray &type, quint64 from = 0)
{
    return findLine(document, [&](const LineRecord &r, LineNumber) { return document.messageTypeName(r.messageType) == type; }, from);
}

/// A line whose Reason points to a cause with steps and commands.
inline qint64 explainedLine(const LogDocument &document)
{
    return findLine(document, [&](const LineRecord &, LineNumber l) {
        const QString text = document.lineText(l);
        return text.contains(u"IKE_NEGO_FAIL"_s) && text.contains(u"Reason=phase1 proposal mismatch"_s);
    });
}

/// Runs `act` on the next popup menu (popup) or modal dialog that opens, from its own event loop.
/// Delete the returned watcher when the window did not open, so it cannot act in a later test.
inline QPointer<QTimer> onNextWindow(bool popup, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, popup, act = std::move(act)] {
        QWidget *w = popup ? QApplication::activePopupWidget() : QApplication::activeModalWidget();
        if (!w && ++*tries < 1000)
            return;
        timer->stop();
        timer->deleteLater();
        if (w)
            act(w);
    });
    timer->start();
    return timer;
}

inline void showActive(MainWindow &window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

/// The settings file and the data folder are in the temporary home: nothing of the user's is touched.
inline bool usesHome(const QString &home)
{
    return QSettings().fileName().startsWith(home)
        && QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(home);
}

/// No settings, no cases: what each test starts from.
inline void forgetSettingsAndCases()
{
    QSettings().clear();
    QSettings().sync();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

} // namespace WorkbenchTest

/// main() for a test class constructed with the temporary home's path.
#define WORKBENCH_TEST_MAIN(TestClass) \
    int main(int argc, char *argv[]) \
    { \
        QTemporaryDir home; \
        if (!home.isValid()) \
            return 1; \
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config")))); \
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data")))); \
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache")))); \
        QApplication app(argc, argv); \
        TestClass test(home.path()); \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&test, argc, argv); \
    }
