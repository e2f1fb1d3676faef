#pragma once

#include "logsummary.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace LogSage {
struct CatalogEntry;
}

namespace LogSage::Cli {

class LineDecoder;

/// Writes what LogSummary counted for one file, as indented text for people or as a JSON
/// object for scripts. Lists are ordered by count, then by name, so output is stable.
class SummaryWriter
{
public:
    /// Messages and modules listed in text output; JSON lists them all.
    static constexpr qsizetype TextListLimit = 20;
    /// Unknown messages listed under "Top unknown messages" (text and JSON).
    static constexpr qsizetype TopUnknownLimit = 10;

    SummaryWriter(LogSummary &summary, LineDecoder &decode);

    void writeText(QTextStream &out, const QString &file, const QString &encoding);
    QJsonObject toJson(const QString &file, const QString &encoding);

    static QString severityName(int severity); ///< "emergency" .. "debugging"

private:
    struct Count {
        QByteArray name;
        qint64 count = 0;
    };
    static QList<Count> sorted(const QHash<QByteArray, qint64> &counts);
    static qint64 spanDays(const SummaryCounts &counts); ///< whole days between earliest and latest

    void writeScopeText(QTextStream &out, const SummaryCounts &counts, const QString &indent);
    QJsonObject scopeJson(const SummaryCounts &counts);
    QJsonObject timeJson(const SummaryTime &time);
    QString timeSpanText(const SummaryCounts &counts);
    QList<Count> unknownMessages(const SummaryCounts &counts);
    const CatalogEntry *entry(const QByteArray &messageId);
    bool isKnown(const QByteArray &messageId) { return entry(messageId) != nullptr; }
    static int printedSeverity(const QByteArray &messageId); ///< the SEVERITY of MODULE/SEVERITY/BRIEF
    QString knownText(const QByteArray &messageId); ///< "" known, "(unknown)", or the catalog's other severity
    QString text(QByteArrayView bytes); ///< decoded for a terminal: control characters replaced

    LogSummary &m_summary;
    LineDecoder &m_decode;
};

} // namespace LogSage::Cli
