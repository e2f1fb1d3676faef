// A child process for tst_casekill: opens the case of a log through CaseStore, as the application
// does, and either changes it and reports on stdout (then waits to be killed), or reports what the
// case holds.
//
//   casekill_child STORE LOG tick ENTRY CAUSE INDEX   ticks the step, prints "ticked", waits
//   casekill_child STORE LOG note ENTRY CAUSE INDEX TEXT  sets the note, prints "noted", waits
//   casekill_child STORE LOG show ENTRY CAUSE INDEX   prints "ticked=0|1" and "note=TEXT", exits

#include "case.h"
#include "casestore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace LogSage;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 7) {
        err << "usage: casekill_child STORE LOG tick|note|show ENTRY CAUSE INDEX [TEXT]\n";
        return 2;
    }
    const QString mode = args.at(3);
    const StepId step{args.at(4), args.at(5), args.at(6).toInt()};

    CaseLoad opened = CaseStore(args.at(1)).caseFor({args.at(2)});
    if (!opened.ok()) {
        err << opened.error << '\n';
        return 1;
    }
    Case &investigation = *opened.value;

    if (mode == u"show"_s) {
        out << "ticked=" << (investigation.isTicked(step) ? 1 : 0) << '\n'
            << "note=" << investigation.note(step) << '\n';
        return 0;
    }
    const bool saved = mode == u"tick"_s ? investigation.setTicked(step, true)
                                         : investigation.setNote(step, args.value(7));
    if (!saved) {
        err << investigation.lastError() << '\n';
        return 1;
    }
    out << (mode == u"tick"_s ? "ticked" : "noted") << '\n';
    out.flush();
    // Keep running like the application would, until the test kills us.
    return app.exec();
}
