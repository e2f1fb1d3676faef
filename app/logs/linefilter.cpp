#include "linefilter.h"

#include "logdocument.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace LogSage {

bool LineFilter::hasTimeRange() const
{
    return fromMsecs != std::numeric_limits<qint64>::min() || toMsecs != std::numeric_limits<qint64>::max();
}

namespace {
quint32 clampSeconds(qint64 msecsSinceBase, bool roundUp)
{
    if (msecsSinceBase <= 0)
        return 0;
    qint64 secs = msecsSinceBase / 1000;
    if (roundUp && msecsSinceBase % 1000 != 0)
        ++secs;
    return quint32(std::min<qint64>(secs, 0xffffffffLL));
}

QByteArray moduleOf(const QByteArray &typeName)
{
    const qsizetype slash = typeName.indexOf('/');
    return slash < 0 ? typeName : typeName.left(slash);
}
}

CompiledFilter::CompiledFilter(const LineFilter &filter, const LogDocument &document)
{
    const int typeCount = document.messageTypeCount();
    const bool byPredicate = filter.recognition != LineFilter::Recognition::Any && filter.isRecognized;
    // A line's severity comes with its message type (MODULE/SEVERITY/BRIEF), so a severity
    // criterion folds into the type table: one lookup per line instead of two tests.
    const bool bySeverity = filter.severities != 0xff;
    const bool byName = !filter.messageTypeNames.isEmpty();
    const bool selectsTypes = !filter.messageTypes.isEmpty() || byName || !filter.modules.isEmpty() || byPredicate || bySeverity;
    m_checkType = selectsTypes || !filter.hiddenMessageTypes.isEmpty() || !filter.hiddenMessageTypeNames.isEmpty();
    if (m_checkType) {
        m_types.assign(std::size_t(typeCount) + 1, 1);
        // Lines without a message type (plain text) only fail criteria that look at the type;
        // hiding a message says nothing about them.
        m_types[0] = char(!selectsTypes);
        for (const quint16 id : filter.hiddenMessageTypes) {
            if (id != 0 && id < m_types.size())
                m_types[id] = 0;
        }
        if (!filter.messageTypes.isEmpty()) {
            std::vector<char> listed(m_types.size(), 0);
            for (const quint16 id : filter.messageTypes) {
                if (id < listed.size())
                    listed[id] = 1;
            }
            for (std::size_t i = 0; i < m_types.size(); ++i)
                m_types[i] = char(m_types[i] && listed[i]);
        }
        for (int id = 1; id <= typeCount; ++id) {
            if (!m_types[std::size_t(id)])
                continue;
            if (byName || !filter.hiddenMessageTypeNames.isEmpty()) {
                const QByteArray name = document.messageTypeName(quint16(id));
                if ((byName && !filter.messageTypeNames.contains(name)) || filter.hiddenMessageTypeNames.contains(name)) {
                    m_types[std::size_t(id)] = 0;
                    continue;
                }
            }
            if (!filter.modules.isEmpty()) {
                const QByteArray module = moduleOf(document.messageTypeName(quint16(id)));
                const bool listed = std::any_of(filter.modules.cbegin(), filter.modules.cend(), [&](const QByteArray &m) {
                    return m.compare(module, Qt::CaseInsensitive) == 0;
                });
                if (!listed)
                    m_types[std::size_t(id)] = 0;
            }
            if (byPredicate && filter.isRecognized(quint16(id)) != (filter.recognition == LineFilter::Recognition::Recognized))
                m_types[std::size_t(id)] = 0;
            if (bySeverity) {
                const QByteArray name = document.messageTypeName(quint16(id));
                const qsizetype slash = name.indexOf('/');
                const int severity = slash >= 0 && slash + 1 < name.size() ? name.at(slash + 1) - '0' : -1;
                if (severity < 0 || severity > 7 || !(filter.severities & (1u << severity)))
                    m_types[std::size_t(id)] = 0;
            }
        }
    }
    if (!byPredicate)
        m_recognitionByFlag = filter.recognition;
    m_checkHost = !filter.hosts.isEmpty() || !filter.hostNames.isEmpty();
    if (m_checkHost) {
        m_hosts.assign(std::size_t(document.hostCount()) + 1, 0);
        for (const quint16 id : filter.hosts) {
            if (id != 0 && id < m_hosts.size())
                m_hosts[id] = 1;
        }
        if (!filter.hostNames.isEmpty()) {
            for (int id = 1; id <= document.hostCount(); ++id) {
                if (filter.hostNames.contains(document.hostName(quint16(id))))
                    m_hosts[std::size_t(id)] = 1;
            }
        }
    }
    m_checkTime = filter.hasTimeRange();
    if (m_checkTime) {
        const qint64 base = document.timeBase();
        m_fromTime = filter.fromMsecs == std::numeric_limits<qint64>::min() ? 0 : clampSeconds(filter.fromMsecs - base, true);
        m_toTime = filter.toMsecs == std::numeric_limits<qint64>::max() ? 0xffffffffu : clampSeconds(filter.toMsecs - base, true);
    }
    m_checksRecords = m_checkType || m_checkHost || m_checkTime
        || m_recognitionByFlag != LineFilter::Recognition::Any;

    m_caseSensitivity = filter.caseSensitivity;
    if (!filter.regex.pattern().isEmpty()) {
        if (!filter.regex.isValid()) {
            m_valid = false;
            m_error = filter.regex.errorString();
        }
        m_lineRegex = filter.regex;
        const QString pattern = filter.regex.pattern();
        // Anchors to the subject's ends only work line by line.
        const bool subjectAnchors = pattern.contains("\\A"_L1) || pattern.contains("\\z"_L1)
            || pattern.contains("\\Z"_L1) || pattern.contains("\\G"_L1);
        m_textKind = subjectAnchors ? TextKind::RegexPerLine : TextKind::Regex;
        m_blockRegex = QRegularExpression(pattern, filter.regex.patternOptions() | QRegularExpression::MultilineOption);
        m_lineRegex.optimize();
        m_blockRegex.optimize();
    } else if (!filter.text.isEmpty()) {
        m_textKind = TextKind::Literal;
        m_text = filter.text;
        const bool ascii = std::all_of(m_text.cbegin(), m_text.cend(), [](QChar c) {
            return c.unicode() < 0x80 && c != u'\n' && c != u'\r';
        });
        if (ascii) {
            for (int c = 0; c < 256; ++c)
                m_fold[c] = uchar(m_caseSensitivity == Qt::CaseInsensitive && c >= 'A' && c <= 'Z' ? c + 32 : c);
            m_needle = m_text.toLatin1();
            for (char &c : m_needle)
                c = char(m_fold[uchar(c)]);
            const auto n = quint32(m_needle.size());
            std::fill(std::begin(m_skip), std::end(m_skip), n);
            for (quint32 i = 0; i + 1 < n; ++i) {
                for (int c = 0; c < 256; ++c) {
                    if (m_fold[c] == uchar(m_needle[i]))
                        m_skip[c] = n - 1 - i;
                }
            }
        }
    }
}

const char *CompiledFilter::findBytes(const char *from, const char *to) const
{
    const auto n = qsizetype(m_needle.size());
    const auto *needle = reinterpret_cast<const uchar *>(m_needle.constData());
    const auto *s = reinterpret_cast<const uchar *>(from);
    const qsizetype length = to - from;
    const uchar last = needle[n - 1];
    for (qsizetype pos = 0; pos + n <= length;) {
        const uchar c = m_fold[s[pos + n - 1]];
        if (c == last) {
            qsizetype k = n - 2;
            while (k >= 0 && m_fold[s[pos + k]] == needle[k])
                --k;
            if (k < 0)
                return from + pos;
        }
        pos += m_skip[s[pos + n - 1]];
    }
    return nullptr;
}

bool CompiledFilter::lineTextMatches(QStringView line) const
{
    switch (m_textKind) {
    case TextKind::None:
        return true;
    case TextKind::Literal:
        return line.contains(m_text, m_caseSensitivity);
    case TextKind::Regex:
    case TextKind::RegexPerLine:
        return m_lineRegex.matchView(line, 0, QRegularExpression::NormalMatch,
                                     QRegularExpression::DontCheckSubjectStringMatchOption)
            .hasMatch();
    }
    return false;
}

qsizetype CompiledFilter::findFrom(QStringView text, qsizetype from, qsizetype &matchEnd) const
{
    if (m_textKind == TextKind::Literal) {
        const qsizetype at = text.indexOf(m_text, from, m_caseSensitivity);
        matchEnd = at < 0 ? -1 : at + m_text.size();
        return at;
    }
    // Decoded text is valid UTF-16: without this option every call checks the whole text again.
    const QRegularExpressionMatch match = m_blockRegex.matchView(text, from, QRegularExpression::NormalMatch,
                                                                 QRegularExpression::DontCheckSubjectStringMatchOption);
    if (!match.hasMatch())
        return -1;
    matchEnd = match.capturedEnd();
    return match.capturedStart();
}

void CompiledFilter::matchText(QStringView text, quint64 first, const LineRecord *records, quint32 count,
                               std::vector<quint64> &out) const
{
    if (!m_valid || count == 0)
        return;
    if (m_textKind == TextKind::None || m_textKind == TextKind::RegexPerLine) {
        qsizetype start = 0;
        for (quint32 i = 0; i < count; ++i) {
            qsizetype nl = text.indexOf(u'\n', start);
            if (nl < 0)
                nl = text.size();
            if (matchesRecord(records[i]) && lineTextMatches(text.sliced(start, nl - start)))
                out.push_back(first + i);
            start = nl + 1;
        }
        return;
    }
    // Search the whole text and map each hit to its line: the matcher runs once per hit
    // instead of once per line.
    quint32 line = 0;
    qsizetype lineStart = 0;
    qsizetype lineEnd = text.indexOf(u'\n');
    if (lineEnd < 0)
        lineEnd = text.size();
    qsizetype from = 0;
    while (line < count && from <= text.size()) {
        qsizetype matchEnd = -1;
        const qsizetype at = findFrom(text, from, matchEnd);
        if (at < 0)
            break;
        while (at > lineEnd && line + 1 < count) {
            ++line;
            lineStart = lineEnd + 1;
            lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.size();
        }
        if (matchesRecord(records[line])) {
            const bool within = matchEnd <= lineEnd;
            if (within || lineTextMatches(text.sliced(lineStart, lineEnd - lineStart)))
                out.push_back(first + line);
        }
        if (line + 1 >= count)
            break;
        ++line;
        lineStart = lineEnd + 1;
        lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        from = lineStart;
    }
}

} // namespace LogSage
