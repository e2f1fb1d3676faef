#include "jsonreportwriter.h"

#include "reportlayout.h"
#include "reportmodel.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QJsonValue time(qint64 msecs)
{
    return msecs < 0 ? QJsonValue() : QJsonValue(ReportLayout::formatTime(msecs));
}

QJsonArray counts(const QList<ReportCount> &list)
{
    QJsonArray out;
    for (const ReportCount &c : list)
        out.append(QJsonObject{{u"name"_s, c.name}, {u"count"_s, c.count}});
    return out;
}

QString kindName(TunnelEvent::Kind kind)
{
    switch (kind) {
    case TunnelEvent::Kind::Established: return u"established"_s;
    case TunnelEvent::Kind::TornDown: return u"tornDown"_s;
    case TunnelEvent::Kind::NegotiationFailed: return u"negotiationFailed"_s;
    }
    return {};
}

QString stateName(TunnelSummary::State state)
{
    switch (state) {
    case TunnelSummary::State::Up: return u"up"_s;
    case TunnelSummary::State::Down: return u"down"_s;
    case TunnelSummary::State::Unknown: break;
    }
    return u"unknown"_s;
}

QJsonObject reasons(const QMap<QString, int> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject tunnels(const TunnelTimeline &timeline)
{
    QJsonArray list;
    for (const TunnelSummary &t : timeline.tunnels()) {
        list.append(QJsonObject{
            {u"host"_s, t.host}, {u"policy"_s, t.policy}, {u"seq"_s, t.seq}, {u"peer"_s, t.peer},
            {u"established"_s, t.established}, {u"tornDown"_s, t.tornDown},
            {u"negotiationFailures"_s, t.negotiationFailures}, {u"flaps"_s, t.flaps},
            {u"upMsecs"_s, t.upMsecs}, {u"downMsecs"_s, t.downMsecs}, {u"failingMsecs"_s, t.failingMsecs},
            {u"availabilityPercent"_s, t.availabilityPercent() < 0 ? QJsonValue() : QJsonValue(t.availabilityPercent())},
            {u"lastState"_s, stateName(t.lastState)}, {u"lastLabel"_s, t.lastLabel},
            {u"teardownReasons"_s, reasons(t.teardownReasons)}, {u"failureReasons"_s, reasons(t.failureReasons)}});
    }
    QJsonArray events;
    for (const TunnelEvent &ev : timeline.events()) {
        events.append(QJsonObject{
            {u"time"_s, time(ev.wallMsecs)}, {u"source"_s, ev.source},
            {u"line"_s, ev.lineNumber >= 0 ? QJsonValue(ev.lineNumber + 1) : QJsonValue()},
            {u"host"_s, ev.host}, {u"event"_s, kindName(ev.kind)}, {u"policy"_s, ev.policy}, {u"seq"_s, ev.seq},
            {u"peer"_s, ev.peer}, {u"reason"_s, ev.reason}, {u"state"_s, ev.state}});
    }
    return {{u"tunnels"_s, list}, {u"events"_s, events}};
}


} // namespace

QJsonObject JsonReportWriter::toJson(const ReportModel &model)
{
    QJsonObject root;
    root.insert(u"format"_s, 1);
    root.insert(u"title"_s, model.title.isEmpty() ? ReportLayout::defaultTitle(model.language) : model.title);
    root.insert(u"language"_s, model.language == Language::Chinese ? u"zh"_s : u"en"_s);
    root.insert(u"generatedAt"_s, model.generatedAt.toString(Qt::ISODate));
    root.insert(u"logsageVersion"_s, model.version);
    root.insert(u"catalogs"_s, QJsonArray::fromStringList(model.catalogs));
    root.insert(u"partial"_s, model.partial);
    root.insert(u"stillReading"_s, model.stillReading);

    QJsonArray files;
    for (const ReportFile &f : model.files)
        files.append(QJsonObject{{u"name"_s, f.name}, {u"sizeBytes"_s, f.sizeBytes}, {u"lines"_s, f.lines},
                                 {u"encoding"_s, f.encoding}});
    QJsonObject severities;
    for (int s = 0; s < 8; ++s)
        severities.insert(QString::number(s), model.severityCounts[size_t(s)]);
    root.insert(u"summary"_s, QJsonObject{
        {u"files"_s, files}, {u"hosts"_s, counts(model.hosts)},
        {u"firstTime"_s, time(model.firstMsecs)}, {u"lastTime"_s, time(model.lastMsecs)},
        {u"lines"_s, model.totalLines}, {u"records"_s, model.records}, {u"recognized"_s, model.recognizedRecords},
        {u"bySeverity"_s, severities}, {u"byModule"_s, counts(model.modules)}});

    if (model.sections.messages) {
        QJsonArray messages;
        for (const ReportMessage &m : model.messages) {
            QJsonObject message{
                {u"id"_s, m.id}, {u"severity"_s, m.severity}, {u"count"_s, m.count},
                {u"firstTime"_s, time(m.firstMsecs)}, {u"lastTime"_s, time(m.lastMsecs)}, {u"tunnel"_s, m.tunnel},
                {u"inCatalog"_s, m.inCatalog}, {u"meaning"_s, m.meaning}, {u"cause"_s, m.cause}, {u"catalog"_s, m.catalog}};
            if (m.otherCause)
                message.insert(u"otherValue"_s, m.otherValue);
            messages.append(message);
        }
        root.insert(u"messages"_s, messages);
    }
    QJsonArray messageCounts;
    for (const ReportMessageCount &m : model.messageCounts)
        messageCounts.append(QJsonObject{{u"id"_s, m.id}, {u"severity"_s, m.severity}, {u"count"_s, m.count},
                                         {u"recognized"_s, m.recognized}});
    root.insert(u"messageCounts"_s, messageCounts);
    if (model.sections.unknown) {
        QJsonArray unknown;
        for (const ReportUnknown &u : model.unknown)
            unknown.append(QJsonObject{{u"id"_s, u.id}, {u"severity"_s, u.severity}, {u"count"_s, u.count},
                                       {u"example"_s, u.example}});
        root.insert(u"unknown"_s, QJsonObject{{u"types"_s, model.unknownTypes}, {u"records"_s, model.unknownRecords},
                                              {u"top"_s, unknown}});
    }
    if (model.sections.tunnels) {
        QJsonObject t = tunnels(model.tunnels);
        QJsonArray charts;
        for (const ReportChart &chart : model.charts)
            charts.append(QJsonObject{{u"title"_s, chart.title}, {u"png"_s, chart.pngDataUri()}});
        t.insert(u"charts"_s, charts);
        root.insert(u"tunnels"_s, t);
    }
    if (model.sections.checklist) {
        root.insert(u"case"_s, model.hasCase);
        QJsonArray checklist;
        for (const ReportChecklistGroup &group : model.checklist) {
            QJsonArray steps;
            for (const ReportChecklistStep &step : group.steps)
                steps.append(QJsonObject{{u"step"_s, step.text}, {u"ticked"_s, step.ticked}, {u"note"_s, step.note},
                                         {u"noAction"_s, step.noAction}});
            const StepProgress progress = group.progress();
            checklist.append(QJsonObject{{u"entryId"_s, group.entryId}, {u"message"_s, group.message},
                                         {u"listed"_s, group.listed}, {u"ticked"_s, progress.ticked},
                                         {u"total"_s, progress.total}, {u"steps"_s, steps}});
        }
        root.insert(u"checklist"_s, checklist);
    }
    if (model.sections.bookmarks) {
        QJsonArray bookmarks;
        for (const ReportBookmark &b : model.bookmarks)
            bookmarks.append(QJsonObject{{u"file"_s, b.file}, {u"line"_s, b.line}, {u"text"_s, b.text}, {u"note"_s, b.note}});
        root.insert(u"bookmarks"_s, bookmarks);
    }
    return root;
}

QByteArray JsonReportWriter::render(const ReportModel &model)
{
    return QJsonDocument(toJson(model)).toJson(QJsonDocument::Indented);
}

} // namespace LogSage
