// The application as a child process for tst_workbenchkill. It builds the window main() builds
// (WindowSetup, English), opens LOG, selects the first line whose reference has two steps or more,
// and then works through the reference panel's own widgets, found by objectName, with the
// keyboard as a user would:
//
//   workbenchkill_child LOG tick N       ticks step N (-1: the last), prints "ticked LINE N", runs on
//   workbenchkill_child LOG note N TEXT  writes TEXT (ASCII) as step N's note, prints "noted LINE N", runs on
//   workbenchkill_child LOG show         prints "line LINE", then "stepK ticked=0|1 note=TEXT" per step, exits
//
// Where settings and cases are kept comes from the environment (XDG_DATA_HOME, XDG_CONFIG_HOME).

#include "casestep.h"
#include "lineexplanation.h"
#include "logdocument.h"
#include "logview.h"
#include "mainwindow.h"
#include "referencepanel.h"
#include "uilanguage.h"
#include "vrpline.h"
#include "windowsetup.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

/// Writes a line to stdout at once: the parent waits for it and then kills this process.
void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fputs(qPrintable(why + u'\n'), stderr);
    std::fflush(stderr);
    return 1;
}

/// The first line whose reference shows two steps or more: one to tick and one to leave alone.
std::optional<LineNumber> firstLineWithSteps(const MainWindow &window)
{
    const LogDocument *document = window.currentDocument();
    for (LineNumber line(0); line.value < document->lineCount().value; ++line) {
        if (document->record(line).messageType == 0)
            continue;
        const LineExplanation e = explainLine(VrpLineParser::parse(document->lineBytes(line)), window.catalog(),
                                              [document](QByteArrayView bytes) { return document->decode(bytes); });
        if (e.entry && shownSteps(*e.entry, e.matchedCause, e.causeOrder).size() >= 2)
            return line;
    }
    return std::nullopt;
}

/// Does what the command line asks once the log is indexed; returns an exit code, or -1 to run on.
int act(MainWindow &window, const QStringList &args)
{
    const QString mode = args.at(2);
    const std::optional<LineNumber> chosen = firstLineWithSteps(window);
    if (!chosen)
        return fail(u"no line of %1 has two steps or more"_s.arg(args.at(1)));
    window.currentView()->setCurrentLine(*chosen);
    const quint64 line = window.currentView()->currentLine()->value;
    ReferencePanel *panel = window.referencePanel();
    const QList<QCheckBox *> steps = panel->findChildren<QCheckBox *>(QRegularExpression(u"^step\\d+$"_s));
    if (steps.isEmpty())
        return fail(u"the reference panel shows no steps for line %1"_s.arg(line + 1));

    if (mode == u"show"_s) {
        say(u"line %1"_s.arg(line));
        for (int k = 0; k < steps.size(); ++k) {
            const auto *check = panel->findChild<QCheckBox *>(u"step%1"_s.arg(k));
            const auto *note = panel->findChild<QLineEdit *>(u"stepNote%1"_s.arg(k));
            if (!check || !note)
                return fail(u"step %1 has no checkbox or note field"_s.arg(k));
            say(u"step%1 ticked=%2 note=%3"_s.arg(k).arg(check->isChecked() ? 1 : 0).arg(note->text()));
        }
        return 0;
    }

    int number = args.value(3).toInt();
    if (number < 0)
        number = int(steps.size()) + number;
    auto *check = panel->findChild<QCheckBox *>(u"step%1"_s.arg(number));
    if (!check)
        return fail(u"there is no step %1 (of %2)"_s.arg(number).arg(steps.size()));
    if (mode == u"tick"_s) {
        if (check->isChecked())
            return fail(u"step %1 is ticked already"_s.arg(number));
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
        if (!check->isChecked())
            return fail(u"the space bar did not tick step %1"_s.arg(number));
        say(u"ticked %1 %2"_s.arg(line).arg(number));
        return -1;
    }
    if (mode == u"note"_s) {
        auto *button = panel->findChild<QToolButton *>(u"stepNoteButton%1"_s.arg(number));
        auto *note = panel->findChild<QLineEdit *>(u"stepNote%1"_s.arg(number));
        if (!button || !note)
            return fail(u"step %1 has no note button or field"_s.arg(number));
        QTest::keyClick(button, Qt::Key_Space);
        if (!note->isVisible())
            return fail(u"the note button did not open the note field of step %1"_s.arg(number));
        QTest::keyClicks(note, args.value(4));
        QTest::keyClick(note, Qt::Key_Return);
        say(u"noted %1 %2"_s.arg(line).arg(number));
        return -1;
    }
    return fail(u"unknown mode %1"_s.arg(mode));
}

} // namespace

int main(int argc, char **argv)
{
    WindowSetup::nameApplication();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return fail(u"usage: workbenchkill_child LOG tick|note|show [N [TEXT]]"_s);

    WindowSetup setup;
    setup.language = u"en"_s;
    UiLanguage language;
    const std::unique_ptr<MainWindow> window = setup.createWindow(language);
    window->show();
    // Indexing may finish inside openFile(): act from the event loop.
    QObject::connect(window.get(), &MainWindow::documentIndexed, window.get(), [&] {
        QTimer::singleShot(0, window.get(), [&] {
            const int code = act(*window, args);
            if (code >= 0)
                QCoreApplication::exit(code);
        });
    }, Qt::SingleShotConnection);
    if (!window->openFile(args.at(1)))
        return fail(u"cannot open %1"_s.arg(args.at(1)));
    return app.exec();
}
