#include "csvreportwriter.h"

#include "reportescape.h"
#include "reportlayout.h"
#include "reportmodel.h"

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString q(const QString &text)
{
    return ReportEscape::csv(text);
}

QByteArray withBom(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString kindName(TunnelEvent::Kind kind)
{
    switch (kind) {
    case TunnelEvent::Kind::Established: return u"established"_s;
    case TunnelEvent::Kind::TornDown: return u"torn down"_s;
    case TunnelEvent::Kind::NegotiationFailed: return u"negotiation failed"_s;
    }
    return {};
}

} // namespace

QByteArray CsvReportWriter::messageCounts(const ReportModel &model)
{
    QString out = u"message,severity,count,recognized\r\n"_s;
    for (const ReportMessageCount &m : model.messageCounts)
        out += q(m.id) + u',' + QString::number(m.severity) + u',' + QString::number(m.count) + u','
             + (m.recognized ? u"yes"_s : u"no"_s) + u"\r\n"_s;
    return withBom(out);
}

QByteArray CsvReportWriter::tunnelEvents(const ReportModel &model)
{
    QString out = u"time,file,line,device,event,policy,seq,peer,reason,state\r\n"_s;
    for (const TunnelEvent &event : model.tunnels.events()) {
        const QString file = event.source >= 0 && event.source < model.files.size() ? model.files.at(event.source).name : QString();
        out += q(ReportLayout::formatTime(event.wallMsecs)) + u',' + q(file) + u','
             + (event.lineNumber >= 0 ? QString::number(event.lineNumber + 1) : QString()) + u',' + q(event.host) + u','
             + q(kindName(event.kind)) + u',' + q(event.policy) + u',' + q(event.seq) + u',' + q(event.peer) + u','
             + q(event.reason) + u',' + q(event.state) + u"\r\n"_s;
    }
    return withBom(out);
}

} // namespace LogSage
