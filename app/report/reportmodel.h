#pragma once

#include "catalogentry.h"
#include "casestep.h"
#include "tunneltimeline.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace LogSage {

/// What a report shows; the export dialog and the CLI choose.
struct ReportSections {
    bool summary = true;    ///< files, hosts, time span, counts by severity and module
    bool messages = true;   ///< recognized messages that matter, with causes
    bool tunnels = true;    ///< tunnel table, charts and (CSV) events
    bool checklist = true;  ///< checklist progress with ticks and notes
    bool bookmarks = true;
    bool unknown = true;    ///< unrecognized messages, top N
};

/// One analysed log file.
struct ReportFile {
    QString name;           ///< file name shown in the report (no folders: reports get shared)
    qint64 sizeBytes = 0;
    qint64 lines = 0;
    QString encoding;
};

/// A name and how often it occurred (a module, a host).
struct ReportCount {
    QString name;
    qint64 count = 0;
};

/// A message that matters: a recognized one (with the cause its parameters point to) of severity
/// warning or worse or tunnel related, or one not in the catalogs of severity warning or worse.
struct ReportMessage {
    QString id;             ///< MODULE/SEVERITY/BRIEF as printed
    int severity = -1;
    qint64 count = 0;
    qint64 firstMsecs = -1; ///< printed wall-clock time, -1 when no line had one
    qint64 lastMsecs = -1;
    bool tunnel = false;
    bool inCatalog = true;  ///< false: not in the catalogs, `meaning` is its first line's description
    QString meaning;        ///< the catalog's meaning in the report language
    QString cause;          ///< the matching cause, empty when no condition matched
    QString catalog;        ///< the catalog the entry came from
    QString entryId;        ///< the catalog entry's id (its severity may differ from the line's)
    int causeIndex = -1;    ///< index of `cause` in the entry's causes, -1 when none matched
    bool otherCause = false; ///< `cause` is the catalog's fallback ("none of the above")
    QString otherValue;     ///< then the line's value it fell back on, "Reason=..."
};

/// How often one message type occurred (every type, for the CSV and JSON exports).
struct ReportMessageCount {
    QString id;
    int severity = -1;
    qint64 count = 0;
    bool recognized = false;
};

/// An unrecognized message type.
struct ReportUnknown {
    QString id;
    int severity = -1;
    qint64 count = 0;
    QString example;        ///< the first line's description, shortened
};

/// One remediation step as the reference panel shows it, with the case's tick and note.
struct ReportChecklistStep {
    QString text;           ///< in the report language
    bool ticked = false;
    QString note;
    bool noAction = false;  ///< the catalog says nothing needs doing: not counted in the progress
};

/// The checklist of one message: for a message the report lists, every step the reference panel
/// shows for the causes the report found (shownSteps()); for one it does not list (`listed`
/// false), only the steps the case ticked or noted.
struct ReportChecklistGroup {
    QString entryId;        ///< the catalog entry
    QString message;        ///< the message as printed in the log (the entry id when not listed)
    int severity = -1;
    bool listed = true;
    QList<ReportChecklistStep> steps;

    StepProgress progress() const; ///< ticked of its steps that ask for an action, e.g. 3/5
};

/// One bookmark of the case.
struct ReportBookmark {
    QString file;           ///< file name, may be empty with a single file
    qint64 line = 0;        ///< 1-based, as shown to the user
    QString text;           ///< the line
    QString note;
};

/// A chart image to embed (PNG in HTML, an image in PDF).
struct ReportChart {
    QString title;
    QImage image;

    QString pngDataUri() const; ///< "data:image/png;base64,..."
};

/// Everything a report says, filled by the ReportBuilder (and the caller for the case parts);
/// the writers only format it.
struct ReportModel {
    QString title;
    Language language = Language::English;
    QDateTime generatedAt;          ///< injectable: tests pass a fixed time
    QString version;                ///< LOGSAGE_VERSION_STRING
    QStringList catalogs;           ///< "name (N entries)"
    ReportSections sections;
    bool partial = false;           ///< counts cover part of the logs: cancelled, or stillReading
    bool stillReading = false;      ///< a log was still being read: counts cover its lines read so far

    QList<ReportFile> files;
    QList<ReportCount> hosts;       ///< by line count, most first
    qint64 firstMsecs = -1;         ///< printed wall-clock span of the lines that had a date
    qint64 lastMsecs = -1;
    qint64 totalLines = 0;
    qint64 records = 0;             ///< lines with a message ID
    qint64 recognizedRecords = 0;   ///< of those, in a catalog
    std::array<qint64, 8> severityCounts{};
    QList<ReportCount> modules;     ///< by count, most first

    QList<ReportMessageCount> messageCounts; ///< every message type, most frequent first
    QList<ReportMessage> messages;  ///< by severity (worst first), then count
    QList<ReportUnknown> unknown;   ///< top N by count
    int unknownTypes = 0;           ///< how many unknown message types there were in all
    qint64 unknownRecords = 0;

    TunnelTimeline tunnels;
    QList<ReportChart> charts;

    bool hasCase = false;           ///< made with a case: the checklist shows ticks, notes and progress
    QList<ReportChecklistGroup> checklist; ///< listed messages first, in the order of `messages`
    QList<ReportBookmark> bookmarks;

    /// Progress over the steps of the listed messages (the others show only some of theirs).
    StepProgress checklistProgress() const;
};

} // namespace LogSage
