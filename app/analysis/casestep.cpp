#include "casestep.h"

#include <QHashFunctions>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

size_t qHash(const StepId &id, size_t seed) noexcept
{
    return qHashMulti(seed, id.entryId, id.causeKey, id.index);
}

bool isFallbackCause(const CatalogEntry &entry, int index)
{
    if (index < 0 || index >= entry.causes.size())
        return false;
    const std::optional<CauseCondition> &condition = entry.causes.at(index).condition;
    return condition && condition->fallback;
}

int listedCause(const CatalogEntry &entry, int matchedCause)
{
    if (matchedCause < 0 || matchedCause >= entry.causes.size() || isFallbackCause(entry, matchedCause))
        return -1;
    return matchedCause;
}

QList<int> causesFallbackLast(const CatalogEntry &entry, const QList<int> &causeOrder)
{
    QList<int> order = causeOrder;
    if (order.isEmpty())
        for (int causeIndex = 0; causeIndex < entry.causes.size(); ++causeIndex)
            order.append(causeIndex);
    std::stable_partition(order.begin(), order.end(), [&entry](int causeIndex) { return !isFallbackCause(entry, causeIndex); });
    return order;
}

QList<ShownStep> shownSteps(const CatalogEntry &entry, int matchedCause, const QList<int> &causeOrder)
{
    QList<ShownStep> result;
    const auto addCause = [&](int causeIndex) {
        if (causeIndex < 0 || causeIndex >= entry.causes.size())
            return;
        const CatalogCause &cause = entry.causes.at(causeIndex);
        for (int i = 0; i < cause.steps.size(); ++i)
            result.append({{entry.id, cause.key, i}, &cause.steps.at(i)});
    };
    if (const int listed = listedCause(entry, matchedCause); listed >= 0) {
        addCause(listed);
    } else {
        for (int causeIndex : causesFallbackLast(entry, causeOrder))
            addCause(causeIndex);
    }
    for (int i = 0; i < entry.steps.size(); ++i)
        result.append({{entry.id, QString(), i}, &entry.steps.at(i)});
    return result;
}

QString StepProgress::toString() const
{
    return total > 0 ? u"%1/%2"_s.arg(ticked).arg(total) : QString();
}

} // namespace LogSage
