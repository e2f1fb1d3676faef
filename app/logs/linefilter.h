#pragma once

#include "linetypes.h"
#include "logdocument.h"

#include <QByteArrayList>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <limits>
#include <vector>

namespace LogSage {

/// Which lines to keep. Every criterion that is set must hold; an empty list means "any".
/// Lines that lack what a set criterion looks at (no message type, severity, host or time)
/// are left out; hiding message types is not such a criterion: it leaves out only the lines of
/// those types. Continuation lines carry their record's fields, so they stay with it.
struct LineFilter {
    enum class Recognition { Any, Recognized, Unknown };

    QList<quint16> messageTypes;       ///< LogDocument message-type ids to keep
    QList<quint16> hiddenMessageTypes; ///< LogDocument message-type ids to leave out
    /// The same by MODULE/SEVERITY/BRIEF name, and hosts by name: looked up each time the filter
    /// is compiled, so names that the index meets only later (a big file still being read, a
    /// followed file) are found then. A listed name not in the document matches no line.
    QByteArrayList messageTypeNames;
    QByteArrayList hiddenMessageTypeNames;
    QByteArrayList hostNames;
    QByteArrayList modules;      ///< MODULE names, compared case-insensitively (IPSEC = IPSec)
    quint8 severities = 0xff;    ///< bit n keeps severity n (0 emergencies .. 7 debugging)
    QList<quint16> hosts;        ///< LogDocument host ids
    qint64 fromMsecs = std::numeric_limits<qint64>::min(); ///< wall-clock msecs, inclusive
    qint64 toMsecs = std::numeric_limits<qint64>::max();   ///< wall-clock msecs, exclusive
    /// Recognized: lines whose message type is in a catalog; Unknown: lines with a message type
    /// that is not. Decided by `isRecognized` when set, else by the LineFlag::Recognized bit.
    Recognition recognition = Recognition::Any;
    std::function<bool(quint16 messageType)> isRecognized;
    QString text; ///< plain text the decoded line must contain
    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;
    QRegularExpression regex; ///< used when its pattern is not empty; must be valid

    bool hasTimeRange() const;
    bool hasTextCriterion() const { return !text.isEmpty() || !regex.pattern().isEmpty(); }
};

/// A LineFilter prepared for one document: tables by id, so that checking a line's record
/// costs a few nanoseconds; and the text matcher for decoded lines. Immutable, thread-safe.
class CompiledFilter
{
public:
    /// Compile after taking the snapshot to search: ids created later are not in the tables.
    CompiledFilter(const LineFilter &filter, const LogDocument &document);
    CompiledFilter(const CompiledFilter &) = delete;
    CompiledFilter &operator=(const CompiledFilter &) = delete;

    bool matchesRecord(const LineRecord &record) const
    {
        if (m_checkType && (record.messageType >= m_types.size() || !m_types[record.messageType]))
            return false;
        if (m_checkHost && (record.host >= m_hosts.size() || !m_hosts[record.host]))
            return false;
        if (m_checkTime && (!(record.flags & HasTime) || record.time < m_fromTime || record.time >= m_toTime))
            return false;
        if (m_recognitionByFlag != LineFilter::Recognition::Any) {
            const bool recognized = record.messageType != 0 && (record.flags & Recognized);
            if (record.messageType == 0 || recognized != (m_recognitionByFlag == LineFilter::Recognition::Recognized))
                return false;
        }
        return true;
    }
    bool checksRecords() const { return m_checksRecords; }
    bool hasTextCriterion() const { return m_textKind != TextKind::None; }
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; } ///< why the regular expression is invalid

    /// True when the text criterion is plain ASCII text, which can be found in the raw bytes
    /// of an ASCII-compatible encoding without decoding them (ASCII case folding).
    bool searchesBytes() const { return !m_needle.isEmpty(); }
    /// True when a byte hit must be confirmed on the decoded line (GB18030: an ASCII byte can
    /// be the second byte of a Chinese character).
    static bool bytesNeedConfirming(LogDocument::Encoding encoding) { return encoding == LogDocument::Encoding::Gb18030; }
    /// The first occurrence of the text in [from, to), or null.
    const char *findBytes(const char *from, const char *to) const;
    /// The text criterion alone, on one decoded line.
    bool lineTextMatches(QStringView line) const;

    /// Appends to `out` the lines [first, first + count) whose decoded text matches and whose
    /// record matches, given `text`: those lines joined by '\n' (no '\r' before it).
    void matchText(QStringView text, quint64 first, const LineRecord *records, quint32 count,
                   std::vector<quint64> &out) const;

private:
    enum class TextKind { None, Literal, Regex, RegexPerLine };
    qsizetype findFrom(QStringView text, qsizetype from, qsizetype &matchEnd) const;

    std::vector<char> m_types;
    std::vector<char> m_hosts;
    bool m_checkType = false;
    bool m_checkHost = false;
    bool m_checkTime = false;
    bool m_checksRecords = false;
    quint32 m_fromTime = 0;
    quint32 m_toTime = 0;
    LineFilter::Recognition m_recognitionByFlag = LineFilter::Recognition::Any;
    TextKind m_textKind = TextKind::None;
    QString m_text;
    QByteArray m_needle;        ///< m_text as folded bytes, when it is ASCII
    uchar m_fold[256] = {};     ///< identity, or ASCII lower case
    quint32 m_skip[256] = {};   ///< Horspool shifts
    Qt::CaseSensitivity m_caseSensitivity = Qt::CaseInsensitive;
    QRegularExpression m_lineRegex;  ///< the user's expression, for one line
    QRegularExpression m_blockRegex; ///< the same with ^ and $ at every line, for many lines
    bool m_valid = true;
    QString m_error;
};

} // namespace LogSage
