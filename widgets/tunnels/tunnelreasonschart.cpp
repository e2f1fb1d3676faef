#include "tunnelreasonschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTime>
#include <QTimeZone>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

} // namespace

TunnelReasonsChart::TunnelReasonsChart(const TunnelTimeline &timeline, const QString &tunnelKey,
                                       const TunnelChartPalette &palette)
    : TunnelChart(palette), m_key(tunnelKey)
{
    QMap<QString, Reason> byText;
    const QString unknown = tr("(no reason given)");
    const auto teardowns = timeline.teardownReasons(tunnelKey);
    for (auto it = teardowns.cbegin(); it != teardowns.cend(); ++it) {
        Reason &reason = byText[it.key().isEmpty() ? unknown : it.key()];
        reason.text = it.key().isEmpty() ? unknown : it.key();
        reason.teardowns += it.value();
    }
    const auto failures = timeline.failureReasons(tunnelKey);
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        Reason &reason = byText[it.key().isEmpty() ? unknown : it.key()];
        reason.text = it.key().isEmpty() ? unknown : it.key();
        reason.failures += it.value();
    }
    QList<Reason> all = byText.values();
    std::stable_sort(all.begin(), all.end(), [](const Reason &a, const Reason &b) {
        return a.teardowns + a.failures > b.teardowns + b.failures;
    });
    if (all.size() > maximumReasons)
        all.resize(maximumReasons);
    std::reverse(all.begin(), all.end()); // bars are listed bottom-up
    m_reasons = all;

    if (m_reasons.isEmpty()) {
        setEmptyTitle(tr("No teardown or negotiation failure reasons"));
        legend()->hide();
        return;
    }

    auto *teardownSet = new QBarSet(tr("Teardown (OfflineReason)"));
    auto *failureSet = new QBarSet(tr("Negotiation failure (Reason)"));
    teardownSet->setObjectName(u"teardownSet"_s);
    failureSet->setObjectName(u"failureSet"_s);
    teardownSet->setColor(m_palette.tornDown);
    teardownSet->setBorderColor(m_palette.tornDown);
    failureSet->setColor(m_palette.failed);
    failureSet->setBorderColor(m_palette.failed);
    QStringList categories;
    int maximum = 1;
    for (const Reason &reason : std::as_const(m_reasons)) {
        categories << (reason.text.size() > 40 ? reason.text.left(39) + u'\u2026' : reason.text);
        *teardownSet << reason.teardowns;
        *failureSet << reason.failures;
        maximum = std::max(maximum, reason.teardowns + reason.failures);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setObjectName(u"reasonSeries"_s);
    series->append(teardownSet);
    series->append(failureSet);
    series->setBarWidth(0.65);
    addSeries(series);

    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    yAxis->setGridLineVisible(false);
    addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    styleAxis(yAxis);

    auto *xAxis = new QValueAxis;
    const int step = std::max(1, int(std::ceil(maximum / 5.0)));
    xAxis->setRange(0, std::ceil((maximum + 0.5) / step) * step);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0);
    xAxis->setTickInterval(step);
    xAxis->setLabelFormat(u"%d"_s);
    xAxis->setTitleText(tr("Occurrences"));
    addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    styleAxis(xAxis);
}

std::optional<TunnelChartHit> TunnelReasonsChart::hitAt(QPointF chartPosition) const
{
    if (m_reasons.isEmpty() || !plotArea().contains(chartPosition))
        return std::nullopt;
    const QPointF value = valueAt(chartPosition);
    const int index = int(std::lround(value.y()));
    if (index < 0 || index >= m_reasons.size() || value.x() < 0)
        return std::nullopt;
    const Reason &reason = m_reasons.at(index);
    if (value.x() > reason.teardowns + reason.failures)
        return std::nullopt;
    TunnelChartHit hit;
    hit.tunnelKey = m_key;
    QStringList lines{reason.text};
    if (reason.teardowns > 0)
        lines << tr("Teardowns: %1").arg(reason.teardowns);
    if (reason.failures > 0)
        lines << tr("Negotiation failures: %1").arg(reason.failures);
    hit.toolTip = lines.join(u'\n');
    return hit;
}

} // namespace LogSage
