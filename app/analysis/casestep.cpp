#include "casestep.h"

#include <QHashFunctions>

using namespace Qt::StringLiterals;

namespace LogSage {

size_t qHash(const StepId &id, size_t seed) noexcept
{
    return qHashMulti(seed, id.entryId, id.causeKey, id.index);
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
    if (matchedCause >= 0 && matchedCause < entry.causes.size()) {
        addCause(matchedCause);
    } else if (!causeOrder.isEmpty()) {
        for (int causeIndex : causeOrder)
            addCause(causeIndex);
    } else {
        for (int causeIndex = 0; causeIndex < entry.causes.size(); ++causeIndex)
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
