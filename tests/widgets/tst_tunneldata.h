#pragma once

// Constructed tunnel events shared by the tunnel widget tests.

#include <tunneltimeline.h>

#include <QDateTime>
#include <QTimeZone>

namespace LogSage::TunnelTestData {

inline qint64 base()
{
    return QDateTime(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}

inline TunnelEvent event(TunnelEvent::Kind kind, qint64 seconds, const QString &host, const QString &reason = {},
                         qint64 line = -1)
{
    TunnelEvent e;
    e.kind = kind;
    e.wallMsecs = base() + seconds * 1000;
    e.host = host;
    e.policy = kind == TunnelEvent::Kind::NegotiationFailed ? QString() : QStringLiteral("to-hub");
    e.seq = QStringLiteral("10");
    e.peer = QStringLiteral("203.0.113.9");
    e.reason = reason;
    e.state = kind == TunnelEvent::Kind::NegotiationFailed ? QString() : QStringLiteral("Normal");
    e.lineNumber = line;
    return e;
}

/// Two devices over three hours (both log from 0 s to 10800 s): AR-1 flaps twice, AR-2 starts
/// up and goes down once.
inline TunnelTimeline twoTunnels()
{
    using K = TunnelEvent::Kind;
    const QString a = QStringLiteral("AR-1");
    const QString b = QStringLiteral("AR-2");
    return TunnelTimeline::build({
        event(K::Established, 0, a, {}, 1),
        event(K::NegotiationFailed, 600, b, QStringLiteral("phase1 proposal mismatch"), 2),
        event(K::TornDown, 1800, a, QStringLiteral("dpd timeout"), 3),
        event(K::NegotiationFailed, 2400, a, QStringLiteral("phase2 proposal mismatch"), 4),
        event(K::Established, 3000, a, {}, 5),
        event(K::TornDown, 5400, b, QStringLiteral("peer request"), 6),
        event(K::TornDown, 7200, a, QStringLiteral("dpd timeout"), 7),
        event(K::Established, 9000, a, {}, 8),
        event(K::Established, 10800, b, {}, 9),
    }, {{a, TunnelHostSpan{base(), base() + 10800 * 1000LL}}, {b, TunnelHostSpan{base(), base() + 10800 * 1000LL}}});
}

inline QString keyOf(const QString &host)
{
    return TunnelTimeline::tunnelKey(host, QStringLiteral("to-hub"), QStringLiteral("10"), QStringLiteral("203.0.113.9"));
}

} // namespace LogSage::TunnelTestData
