#pragma once

#include "tunnelchart.h"

#include <tunneltimeline.h>

#include <QCoreApplication>

namespace LogSage {

/// Horizontal bars: how often each teardown reason (OfflineReason) and negotiation failure
/// reason (Reason) occurred, most frequent on top. Sets "teardownSet" and "failureSet".
class TunnelReasonsChart : public TunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::TunnelReasonsChart)

public:
    static constexpr int maximumReasons = 12;

    TunnelReasonsChart(const TunnelTimeline &timeline, const QString &tunnelKey, const TunnelChartPalette &palette);

    std::optional<TunnelChartHit> hitAt(QPointF chartPosition) const override;

    struct Reason {
        QString text;
        int teardowns = 0;
        int failures = 0;
    };
    /// The reasons drawn, bottom bar first.
    const QList<Reason> &reasons() const { return m_reasons; }

private:
    QString m_key;
    QList<Reason> m_reasons;
};

} // namespace LogSage
