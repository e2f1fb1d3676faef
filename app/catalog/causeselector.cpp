#include "causeselector.h"

#include <algorithm>
#include <optional>

namespace LogSage {

namespace {

std::optional<QString> valueOf(const ParameterValues &parameters, const QString &name)
{
    const QString wanted = name.trimmed();
    for (const auto &[key, value] : parameters) {
        if (key.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return std::nullopt;
}

bool conditionMet(const CauseCondition &condition, const ParameterValues &parameters)
{
    if (condition.fallback)
        return false;
    const std::optional<QString> value = valueOf(parameters, condition.parameter);
    return value && value->compare(condition.equals.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

QList<RankedCause> rankCauses(const QList<CatalogCause> &causes, const ParameterValues &parameters)
{
    QList<RankedCause> matched;
    QList<RankedCause> fallbacks;
    QList<RankedCause> others;
    for (const CatalogCause &cause : causes) {
        if (cause.condition && conditionMet(*cause.condition, parameters)) {
            matched.append({&cause, CauseMatch::Matched});
            continue;
        }
        if (cause.condition && cause.condition->fallback && valueOf(parameters, cause.condition->parameter)) {
            // A fallback applies only when no cause with a condition on the same parameter matched.
            const QString parameter = cause.condition->parameter.trimmed();
            const bool anyMatched = std::any_of(causes.cbegin(), causes.cend(), [&](const CatalogCause &other) {
                return other.condition && !other.condition->fallback
                    && other.condition->parameter.trimmed().compare(parameter, Qt::CaseInsensitive) == 0
                    && conditionMet(*other.condition, parameters);
            });
            if (!anyMatched) {
                fallbacks.append({&cause, CauseMatch::Fallback});
                continue;
            }
        }
        others.append({&cause, CauseMatch::Other});
    }
    return matched + fallbacks + others;
}

} // namespace LogSage
