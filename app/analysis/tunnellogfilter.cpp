#include "tunnellogfilter.h"

#include "tunneltimeline.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace LogSage {

QString TunnelLogFilter::peerPattern(const QString &peer)
{
    // An IPv4 address continues with digits or dots; an IPv6 one with hex digits or colons.
    const bool v6 = peer.contains(u':');
    const QString edge = v6 ? u"[0-9A-Fa-f:.]"_s : u"[\\d.]"_s;
    return u"(?<!"_s + edge + u')' + QRegularExpression::escape(peer) + u"(?!"_s + edge + u')';
}

FilterSpec TunnelLogFilter::apply(FilterSpec current, qint64 fromMsecs, qint64 toMsecs, const TunnelSummary *tunnel)
{
    // The user changed the text or host since our last click: that is theirs now.
    if (!m_active || current.text != m_applied.text || current.regex != m_applied.regex
        || current.host != m_applied.host)
        m_user = Part{current.text, current.regex, current.host};
    m_active = true;

    current.from = QDateTime::fromMSecsSinceEpoch(fromMsecs, QTimeZone::UTC);
    current.to = QDateTime::fromMSecsSinceEpoch(toMsecs, QTimeZone::UTC);
    current.text = m_user.text;
    current.regex = m_user.regex;
    current.host = m_user.host;
    if (tunnel) {
        current.host = tunnel->host;
        if (!tunnel->peer.isEmpty()) {
            const QString peer = peerPattern(tunnel->peer);
            if (m_user.text.isEmpty()) {
                current.text = peer;
            } else {
                // Both on one line, in any order; non-capturing, so the user's back-references
                // keep their numbers.
                const QString user = m_user.regex ? m_user.text : QRegularExpression::escape(m_user.text);
                current.text = u"^(?=.*(?:"_s + user + u"))(?=.*"_s + peer + u')';
            }
            current.regex = true;
        }
    }
    m_applied = Part{current.text, current.regex, current.host};
    return current;
}

} // namespace LogSage
