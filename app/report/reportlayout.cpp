#include "reportlayout.h"

#include "lineexplanation.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr int moduleRows = 15;

ReportCell text(const QString &value) { return {value, ReportCell::Kind::Text, -1}; }
ReportCell code(const QString &value) { return {value, ReportCell::Kind::Code, -1}; }
ReportCell number(qint64 value) { return {QString::number(value), ReportCell::Kind::Number, -1}; }

QString tickMark(bool ticked)
{
    return ticked ? u"\u2611"_s : u"\u2610"_s; // ballot box with check, empty ballot box
}

qint64 warningsOrWorse(const ReportModel &model)
{
    qint64 sum = 0;
    for (int s = 0; s <= 4; ++s)
        sum += model.severityCounts[size_t(s)];
    return sum;
}

} // namespace

bool ReportTable::isNumeric(qsizetype column) const
{
    return !rows.isEmpty() && rows.first().value(column).kind == ReportCell::Kind::Number;
}

QStringList splitCommands(const QString &text)
{
    QStringList parts = text.split(u'`');
    if (parts.size() % 2 == 0) { // an unpaired backtick: the last part is prose
        const QString rest = parts.takeLast();
        parts.last() += u'`' + rest;
    }
    return parts;
}

ReportLayout::ReportLayout(Language language)
    : m_words(language)
{
}

QString ReportLayout::tr(const char *source, const char *disambiguation, int n) const
{
    return m_words.translate("ReportLayout", source, disambiguation, n);
}

QString ReportLayout::title() const
{
    return tr("Log analysis report");
}

QString ReportLayout::defaultTitle(Language language)
{
    return ReportLayout(language).title();
}

QString ReportLayout::formatTime(qint64 msecs)
{
    if (msecs < 0)
        return u"-"_s;
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString ReportLayout::severityLabel(int severity) const
{
    QString name;
    switch (severity) {
    case 0: name = tr("emergencies"); break;
    case 1: name = tr("alert"); break;
    case 2: name = tr("critical"); break;
    case 3: name = tr("error"); break;
    case 4: name = tr("warning"); break;
    case 5: name = tr("notification"); break;
    case 6: name = tr("informational"); break;
    case 7: name = tr("debugging"); break;
    default: return u"-"_s;
    }
    return QString::number(severity) + u' ' + name;
}

ReportCell ReportLayout::severityCell(int severity) const
{
    return {severityLabel(severity), ReportCell::Kind::Text, severity};
}

QString ReportLayout::duration(qint64 msecs) const
{
    const qint64 s = std::max<qint64>(msecs, 0) / 1000;
    const auto two = [](qint64 v) { return u"%1"_s.arg(v, 2, 10, QChar(u'0')); };
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(QString::number(s / 60), two(s % 60));
    if (s < 86400)
        return tr("%1 h %2 min").arg(QString::number(s / 3600), two((s % 3600) / 60));
    return tr("%1 d %2 h").arg(QString::number(s / 86400), QString::number((s % 86400) / 3600));
}

bool ReportLayout::neverUp(const TunnelSummary &tunnel)
{
    // Only failed negotiations: no interval was up, and its downtime cannot be measured.
    return tunnel.established == 0 && tunnel.tornDown == 0 && tunnel.upMsecs == 0;
}

QString ReportLayout::policyLabel(const TunnelSummary &tunnel)
{
    if (tunnel.policy.isEmpty() && tunnel.seq.isEmpty())
        return u"-"_s;
    return (tunnel.policy.isEmpty() ? u"?"_s : tunnel.policy) + u'/' + tunnel.seq;
}

ReportDocument ReportLayout::layout(const ReportModel &model)
{
    return ReportLayout(model.language).document(model);
}

ReportDocument ReportLayout::document(const ReportModel &model) const
{
    ReportDocument doc;
    doc.title = model.title.isEmpty() ? title() : model.title;
    QStringList fileNames;
    for (const ReportFile &f : model.files)
        fileNames.append(f.name);
    QStringList hostNames;
    for (const ReportCount &h : model.hosts)
        hostNames.append(h.name);
    doc.meta.append(tr("Files: %1").arg(fileNames.isEmpty() ? u"-"_s : fileNames.join(u", "_s)));
    doc.meta.append(tr("Devices: %1").arg(hostNames.isEmpty() ? u"-"_s : hostNames.join(u", "_s)));
    if (model.firstMsecs >= 0)
        doc.meta.append(tr("Time span: %1 to %2 (%3), as printed by the devices")
                            .arg(formatTime(model.firstMsecs), formatTime(model.lastMsecs),
                                 duration(model.lastMsecs - model.firstMsecs)));
    doc.meta.append(tr("Made with LogSage %1 on %2")
                        .arg(model.version, model.generatedAt.toString(u"yyyy-MM-dd HH:mm t"_s)));
    doc.meta.append(tr("Catalogs: %1").arg(model.catalogs.isEmpty() ? u"-"_s : model.catalogs.join(u", "_s)));
    if (model.stillReading)
        doc.warning = tr("The log was still being read: the figures cover the first %1 lines.").arg(model.totalLines);
    else if (model.partial)
        doc.warning = tr("The analysis was stopped before the end: the figures cover only part of the logs.");
    doc.figures = figures(model);
    if (model.sections.summary)
        doc.sections.append(summary(model));
    if (model.sections.messages)
        doc.sections.append(messages(model));
    if (model.sections.tunnels)
        doc.sections.append(tunnels(model));
    if (model.sections.checklist && !model.checklist.isEmpty())
        doc.sections.append(checklist(model));
    if (model.sections.bookmarks && !model.bookmarks.isEmpty())
        doc.sections.append(bookmarks(model));
    if (model.sections.unknown)
        doc.sections.append(unknown(model));
    doc.footer = tr("LogSage %1").arg(model.version);
    doc.pageNumber = m_words.translate("LogSage::PdfReportWriter", "Page %1 of %2");
    doc.chartsElsewhere = m_words.translate("LogSage::MarkdownReportWriter", "Charts are in the HTML and PDF reports.");
    return doc;
}

QList<ReportFigure> ReportLayout::figures(const ReportModel &model) const
{
    QList<ReportFigure> result;
    result.append({tr("Lines"), QString::number(model.totalLines), -1});
    const int percent = model.records > 0 ? int(model.recognizedRecords * 100 / model.records) : 0;
    result.append({tr("Messages recognized"),
                   tr("%1 of %2 (%3%)").arg(QString::number(model.recognizedRecords), QString::number(model.records), QString::number(percent)), -1});
    const qint64 warnings = warningsOrWorse(model);
    result.append({tr("Warnings or worse"), QString::number(warnings), warnings > 0 ? 4 : -1});
    if (model.sections.tunnels) {
        qint64 downtime = 0;
        qint64 failing = 0;
        int flaps = 0;
        for (const TunnelSummary &t : model.tunnels.tunnels()) {
            downtime += t.downMsecs;
            failing += t.failingMsecs;
            flaps += t.flaps;
        }
        result.append({tr("Tunnels"), QString::number(model.tunnels.tunnels().size()), -1});
        result.append({tr("Tunnel flaps"), QString::number(flaps), flaps > 0 ? 3 : -1});
        result.append({tr("Tunnel downtime"), duration(downtime), downtime > 0 ? 3 : -1});
        if (failing > 0)
            result.append({tr("Tunnels failing to come up"), duration(failing), 3});
    }
    const StepProgress steps = model.checklistProgress();
    if (model.sections.checklist && model.hasCase && steps.total > 0)
        result.append({tr("Checklist"), tr("%1 of %2 done").arg(QString::number(steps.ticked), QString::number(steps.total)), -1});
    return result;
}

ReportSection ReportLayout::summary(const ReportModel &model) const
{
    ReportSection section{u"summary"_s, tr("Summary"), {}, {}, {}};
    ReportTable files{tr("Files"), {tr("File"), tr("Size"), tr("Lines"), tr("Encoding")}, {}, true};
    for (const ReportFile &f : model.files)
        files.rows.append({code(f.name), {QLocale::c().formattedDataSize(f.sizeBytes), ReportCell::Kind::Number, -1},
                           number(f.lines), text(f.encoding)});
    section.tables.append(files);

    ReportTable hosts{tr("Devices"), {tr("Device"), tr("Messages")}, {}, true};
    for (const ReportCount &h : model.hosts)
        hosts.rows.append({code(h.name), number(h.count)});
    if (!hosts.rows.isEmpty())
        section.tables.append(hosts);

    ReportTable severities{tr("Messages by severity"), {tr("Severity"), tr("Messages")}, {}, true};
    for (int s = 0; s < 8; ++s)
        if (model.severityCounts[size_t(s)] > 0)
            severities.rows.append({severityCell(s), number(model.severityCounts[size_t(s)])});
    if (!severities.rows.isEmpty())
        section.tables.append(severities);

    ReportTable modules{tr("Messages by module"), {tr("Module"), tr("Messages")}, {}, true};
    qint64 others = 0;
    for (qsizetype i = 0; i < model.modules.size(); ++i) {
        if (i < moduleRows)
            modules.rows.append({code(model.modules.at(i).name), number(model.modules.at(i).count)});
        else
            others += model.modules.at(i).count;
    }
    if (others > 0)
        modules.rows.append({text(tr("Other modules: %1").arg(model.modules.size() - moduleRows)), number(others)});
    if (!modules.rows.isEmpty())
        section.tables.append(modules);
    return section;
}

ReportSection ReportLayout::messages(const ReportModel &model) const
{
    ReportSection section{u"messages"_s, tr("Messages that matter"), {}, {}, {}};
    if (model.messages.isEmpty()) {
        section.paragraphs.append(tr("No message of severity warning or worse, and no tunnel message."));
        return section;
    }
    section.paragraphs.append(tr("Messages of severity warning or worse, and every recognized tunnel message, "
                                 "with the cause their parameters point to. For a message not in the catalogs, "
                                 "the meaning column shows its first line."));
    ReportTable table{QString(), {tr("Severity"), tr("Message"), tr("Count"), tr("First"), tr("Last"),
                                  tr("Meaning"), tr("Likely cause")}, {}, false, {12, 22, 7, 10, 10, 19, 20}};
    for (const ReportMessage &m : model.messages) {
        QString cause = m.cause;
        if (!m.inCatalog)
            cause = tr("Not in the catalogs");
        else if (m.otherCause)
            cause = m.otherValue.isEmpty() ? tr("Other") : tr("Other (%1)").arg(m.otherValue);
        else if (cause.isEmpty())
            cause = tr("(not determined by the parameters)");
        table.rows.append({severityCell(m.severity), code(m.id), number(m.count), text(formatTime(m.firstMsecs)),
                           text(formatTime(m.lastMsecs)), text(m.meaning), text(cause)});
    }
    section.tables.append(table);
    return section;
}

ReportSection ReportLayout::tunnels(const ReportModel &model) const
{
    ReportSection section{u"tunnels"_s, tr("IPSec tunnels"), {}, {}, {}};
    const QList<TunnelSummary> &list = model.tunnels.tunnels();
    if (list.isEmpty()) {
        section.paragraphs.append(tr("No tunnel event in the logs."));
        return section;
    }
    section.paragraphs.append(tr("Tunnel events: %1, from %2 to %3.")
                                  .arg(QString::number(model.tunnels.events().size()), formatTime(model.tunnels.startMsecs()),
                                       formatTime(model.tunnels.endMsecs())));
    section.paragraphs.append(tr("Downtime is proven: it follows a teardown. Failing is the time a tunnel failed to "
                                 "come up before it was ever seen up. Up time counts proven up and down time only."));
    ReportTable table{QString(), {tr("Device"), tr("Policy/seq"), tr("Peer"), tr("Set up"), tr("Torn down"),
                                  tr("IKE failures"), tr("Flaps"), tr("Downtime"), tr("Failing"), tr("Up time"),
                                  tr("Main reason"), tr("Last state")}, {}, false, {10, 9, 11, 5, 6, 6, 5, 8, 8, 6, 17, 9}};
    for (const TunnelSummary &t : list) {
        const double availability = t.availabilityPercent();
        QString state = tr("unknown");
        int stateSeverity = -1;
        if (t.lastState == TunnelSummary::State::Up) {
            state = tr("up");
        } else if (t.lastState == TunnelSummary::State::Down) {
            state = tr("down");
            stateSeverity = 3;
        }
        const QString policy = policyLabel(t);
        table.rows.append({code(t.host), code(policy), code(t.peer), number(t.established), number(t.tornDown),
                           number(t.negotiationFailures), {QString::number(t.flaps), ReportCell::Kind::Number, t.flaps > 0 ? 4 : -1},
                           neverUp(t) ? ReportCell{tr("never up"), ReportCell::Kind::Number, 3}
                                      : ReportCell{duration(t.downMsecs), ReportCell::Kind::Number, -1},
                           {t.failingMsecs > 0 ? duration(t.failingMsecs) : u"-"_s, ReportCell::Kind::Number, -1},
                           {availability < 0 || neverUp(t) ? u"-"_s : QString::number(availability, 'f', 1) + u'%',
                            ReportCell::Kind::Number, -1},
                           text(t.topReason()), {state, ReportCell::Kind::Text, stateSeverity}});
    }
    section.tables.append(table);
    for (qsizetype i = 0; i < model.charts.size(); ++i)
        section.charts.append(i);
    return section;
}

ReportSection ReportLayout::checklist(const ReportModel &model) const
{
    QList<const ReportChecklistGroup *> listed;
    for (const ReportChecklistGroup &group : model.checklist)
        if (group.listed)
            listed.append(&group);
    // Without a case there is nothing ticked to report: the steps are recommendations.
    if (!model.hasCase) {
        ReportSection section{u"checklist"_s, tr("Recommended steps"), {}, {}, {}};
        for (const ReportChecklistGroup *group : std::as_const(listed)) {
            ReportTable table{group->message, {u"#"_s, tr("Step")}, {}, false, {5, 95}};
            for (qsizetype i = 0; i < group->steps.size(); ++i)
                table.rows.append({number(i + 1), {group->steps.at(i).text, ReportCell::Kind::Step, -1}});
            section.tables.append(table);
        }
        return section;
    }

    ReportSection section{u"checklist"_s, tr("Checklist"), {}, {}, {}};
    const StepProgress total = model.checklistProgress();
    if (total.total > 0)
        section.paragraphs.append(tr("%1 of %2 steps done.").arg(QString::number(total.ticked), QString::number(total.total)));
    const auto progress = [this](const ReportChecklistGroup &group) {
        const StepProgress p = group.progress();
        return p.total > 0 ? p.toString() : tr("no action needed");
    };

    // A long checklist reads best with its progress per message first, then each message's steps.
    if (listed.size() > 1) {
        ReportTable overview{tr("Progress by message"), {tr("Severity"), tr("Message"), tr("Steps done")}, {}, true};
        for (const ReportChecklistGroup *group : std::as_const(listed))
            overview.rows.append({severityCell(group->severity), code(group->message),
                                  {progress(*group), ReportCell::Kind::Number, -1}});
        section.tables.append(overview);
    }
    for (const ReportChecklistGroup *group : std::as_const(listed)) {
        const QString caption = group->progress().total > 0 ? tr("%1: %2 done").arg(group->message, progress(*group))
                                                            : group->message + u": "_s + progress(*group);
        ReportTable table{caption, {u"#"_s, tr("Done"), tr("Step"), tr("Note")}, {}, false, {4, 8, 58, 30}};
        for (qsizetype i = 0; i < group->steps.size(); ++i) {
            const ReportChecklistStep &step = group->steps.at(i);
            const QString done = step.noAction && !step.ticked ? u"\u2013"_s : tickMark(step.ticked); // en dash: nothing to do
            table.rows.append({number(i + 1), text(done), {step.text, ReportCell::Kind::Step, -1}, text(step.note)});
        }
        section.tables.append(table);
    }

    ReportTable others{tr("Other steps with a tick or a note"), {tr("Done"), tr("Message"), tr("Step"), tr("Note")},
                       {}, false, {8, 27, 40, 25}};
    for (const ReportChecklistGroup &group : model.checklist) {
        if (group.listed)
            continue;
        for (const ReportChecklistStep &step : group.steps)
            others.rows.append({text(tickMark(step.ticked)), code(group.message), {step.text, ReportCell::Kind::Step, -1},
                                text(step.note)});
    }
    if (!others.rows.isEmpty())
        section.tables.append(others);
    return section;
}

ReportSection ReportLayout::bookmarks(const ReportModel &model) const
{
    ReportSection section{u"bookmarks"_s, tr("Bookmarks"), {}, {}, {}};
    ReportTable table{QString(), {tr("File"), tr("Line"), tr("Text"), tr("Note")}, {}};
    for (const ReportBookmark &b : model.bookmarks)
        table.rows.append({code(b.file), number(b.line), code(b.text), text(b.note)});
    section.tables.append(table);
    return section;
}

ReportSection ReportLayout::unknown(const ReportModel &model) const
{
    ReportSection section{u"unknown"_s, tr("Unknown messages"), {}, {}, {}};
    if (model.unknown.isEmpty()) {
        section.paragraphs.append(tr("Every message was found in the catalogs."));
        return section;
    }
    section.paragraphs.append(tr("Message types not in the catalogs: %1, on %2 lines in all. The most frequent:")
                                  .arg(QString::number(model.unknownTypes), QString::number(model.unknownRecords)));
    ReportTable table{QString(), {tr("Severity"), tr("Message"), tr("Count"), tr("Example")}, {}};
    for (const ReportUnknown &u : model.unknown)
        table.rows.append({severityCell(u.severity), code(u.id), number(u.count), code(u.example)});
    section.tables.append(table);
    return section;
}

} // namespace LogSage
