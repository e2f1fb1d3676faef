#pragma once

#include "reportmodel.h"
#include "tunnelevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>
#include <utility>

namespace LogSage {

class Catalog;
struct CatalogEntry;

/// Reads log lines once and keeps what a report needs: counts by severity, module, host and
/// message, time span, the recognized messages that matter with their causes, unknown messages and
/// tunnel events. Feed files with beginFile() and their lines with addLine(), then finish().
class ReportCollector
{
public:
    using Decoder = std::function<QString(QByteArrayView)>;

    ReportCollector(const Catalog &catalog, Language language, int unknownLimit = 20);

    /// Starts the next file; `decode` turns its bytes into text (the file's encoding).
    void beginFile(const ReportFile &file, Decoder decode);
    /// One line of the current file. `wallMsecs` is its printed time with the year placed, or -1.
    void addLine(QByteArrayView bytes, qint64 lineNumber, qint64 wallMsecs);
    /// Line count of the current file, when the caller knows better than the lines it fed.
    void setCurrentFileLines(qint64 lines);

    /// Fills the summary, messages, unknown messages and tunnel timeline of `model`.
    void finish(ReportModel &model) const;

private:
    TunnelHostSpans decodedHostSpans() const; ///< the spans of the file being read, names decoded
    struct CauseStat {
        qint64 count = 0;
        qint64 first = -1;
        qint64 last = -1;
    };
    struct TypeStat {
        QString id;
        int severity = -1;
        qint64 count = 0;
        const CatalogEntry *entry = nullptr;
        std::optional<TunnelEvent::Kind> tunnelKind;
        TunnelEventParameters tunnelParameters; ///< the parameter names its catalog mark gives
        bool tunnel = false;
        bool matters = false;
        QString example;
        /// By matched cause index (-1 for none) and, for the catalog's fallback cause, the line's
        /// value of the parameter it is about; unknown messages that matter use (-1, "").
        QMap<std::pair<int, QString>, CauseStat> causes;
    };

    TypeStat &typeStat(QByteArrayView id, const struct VrpLine &line);
    static void count(QHash<QByteArray, qint64> &counts, QByteArrayView key);
    /// "Reason=<value>": the line's value of the parameter a fallback cause is about.
    static QString fallbackValue(const struct LineExplanation &explanation, const QString &parameter);
    static void widen(qint64 &first, qint64 &last, qint64 msecs);

    const Catalog &m_catalog;
    Language m_language;
    int m_unknownLimit;
    Decoder m_decode;
    int m_source = -1;
    QList<ReportFile> m_files;
    QHash<QByteArray, qsizetype> m_typeIndex;
    QList<TypeStat> m_types;
    QHash<QByteArray, qint64> m_hosts;
    QHash<QByteArray, qint64> m_modules;
    std::array<qint64, 8> m_severity{};
    qint64 m_totalLines = 0;
    qint64 m_records = 0;
    qint64 m_first = -1;
    qint64 m_last = -1;
    QList<TunnelEvent> m_tunnelEvents;
    /// Per host (raw bytes) of this file, its first and last timestamped line: a tunnel still down
    /// at its last event stays down until the host's last line, not the last tunnel event.
    QHash<QByteArray, TunnelHostSpan> m_fileHostSpans;
    TunnelHostSpans m_hostSpans;
};

} // namespace LogSage
