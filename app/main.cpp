// LogSage: the GUI, or a headless subcommand (analyze, catalog, report).

#include "commandline.h"
#include "logdocument.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "windowsetup.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Runs `action` once the current file is indexed, at once when there is nothing to wait for.
void whenIndexed(LogSage::MainWindow &window, const std::function<void()> &action)
{
    LogSage::LogDocument *document = window.currentDocument();
    if (document && document->isIndexing())
        QObject::connect(document, &LogSage::LogDocument::indexingFinished, &window, action, Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, &window, action);
}

// Waits until the current file is indexed, selects `line` (else a line worth explaining), writes
// the window to `path` and quits: what `./dev run` does without a display. Exits 1 when there is
// nothing to show, so that a broken run never passes for a good screenshot.
void scheduleScreenshot(LogSage::MainWindow &window, const QString &path, std::optional<quint64> line)
{
    whenIndexed(window, [&window, path, line] {
        if (!window.currentDocument() || (line ? !window.selectLine(*line) : !window.selectFirstExplainedLine())) {
            std::fprintf(stderr, "no log line could be shown; no screenshot written\n");
            QCoreApplication::exit(1);
            return;
        }
        QTimer::singleShot(300, &window, [&window, path] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            const bool saved = window.grab().save(path);
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "screenshot:" : "could not write",
                         qPrintable(QDir::toNativeSeparators(path)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    LogSage::WindowSetup::nameApplication();

    if (argc > 1 && LogSage::Cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        // Reports paint charts and PDF pages, which needs fonts and a GUI application; on a
        // machine without a display that is the offscreen platform.
        if (qstrcmp(argv[1], "report") == 0) {
            if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return LogSage::Cli::run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        return LogSage::Cli::run(QCoreApplication::arguments());
    }

    // --help and --version must work on a machine without a display, as every command line tool's do.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        for (int i = 1; i < argc; ++i)
            if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0 || qstrcmp(argv[i], "--version") == 0
                || qstrcmp(argv[i], "-v") == 0 || qstrcmp(argv[i], "--help-all") == 0)
                qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"LogSage"_s);
    QApplication::setDesktopFileName(u"org.logsage.LogSage"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Troubleshooting assistant for network device logs.\n\n"
                "Subcommands (run `logsage COMMAND --help`):\n"
                "  analyze FILE...   statistics, records (NDJSON) and tunnels of logs\n"
                "  catalog ...       import and check reference catalogs\n"
                "  report FILE...    write a report"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(u"screenshot"_s,
        QCoreApplication::translate("main", "Write a screenshot of the window to <png> once the first file is indexed, then quit."),
        u"png"_s);
    const QCommandLineOption catalogDir(u"catalog"_s,
        QCoreApplication::translate("main", "Load reference catalogs from <dir> as well."), u"dir"_s);
    const QCommandLineOption language(u"lang"_s,
        QCoreApplication::translate("main", "User interface language: en or zh_CN."), u"language"_s);
    const QCommandLineOption lineOption(u"line"_s,
        QCoreApplication::translate("main", "Select line <n> of the last file given (1 is the first line)."), u"n"_s);
    parser.addOptions({screenshot, catalogDir, language, lineOption});
    parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("main", "Log files to open."), u"[FILE...]"_s);
    parser.process(app);
    std::optional<quint64> line;
    if (parser.isSet(lineOption)) {
        bool ok = false;
        const quint64 number = parser.value(lineOption).toULongLong(&ok);
        if (!ok || number == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--line takes a line number, 1 or more.")));
            return 2;
        }
        line = number - 1;
    }

    LogSage::WindowSetup setup;
    setup.language = parser.value(language);
    setup.catalogFolder = parser.value(catalogDir);
    LogSage::UiLanguage uiLanguage;
    const std::unique_ptr<LogSage::MainWindow> mainWindow = setup.createWindow(uiLanguage);
    LogSage::MainWindow &window = *mainWindow;
    // Shown before the files open: a status bar that is not visible yet keeps its file label on
    // screen under a message that arrives meanwhile, and the two are drawn over each other.
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFiles(files); // given together: one case for the set
    if (parser.isSet(screenshot))
        scheduleScreenshot(window, parser.value(screenshot), line);
    else if (line)
        whenIndexed(window, [&window, line] { window.selectLine(*line); });
    return app.exec();
}
