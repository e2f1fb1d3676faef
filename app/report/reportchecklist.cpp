#include "reportchecklist.h"

#include "catalog.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

const CatalogStep *findStep(const CatalogEntry &entry, const StepId &id)
{
    const QList<CatalogStep> *steps = &entry.steps;
    if (!id.causeKey.isEmpty()) {
        const auto cause = std::find_if(entry.causes.cbegin(), entry.causes.cend(),
                                        [&id](const CatalogCause &c) { return c.key == id.causeKey; });
        if (cause == entry.causes.cend())
            return nullptr;
        steps = &cause->steps;
    }
    return id.index >= 0 && id.index < steps->size() ? &steps->at(id.index) : nullptr;
}

// The steps the panel shows for an entry whose lines pointed to `causes` (-1: no cause matched,
// so the panel shows every cause's steps); the causes the report found first, most frequent first.
QList<ShownStep> stepsFor(const CatalogEntry &entry, const QList<int> &causes)
{
    QList<int> order;
    for (int cause : causes)
        if (cause >= 0 && !order.contains(cause))
            order.append(cause);
    if (causes.contains(-1) || order.isEmpty()) {
        for (int cause = 0; cause < entry.causes.size(); ++cause)
            if (!order.contains(cause))
                order.append(cause);
    }
    return order.isEmpty() ? shownSteps(entry, -1) : shownSteps(entry, -1, order);
}

} // namespace

bool needsNoAction(const CatalogStep &step)
{
    // The catalogs say it in English in these words; "if so, no action is needed" still asks
    // for a check first.
    const QString &text = step.text.en;
    return text.contains(u"no action is needed"_s, Qt::CaseInsensitive) && !text.contains(u"if "_s, Qt::CaseInsensitive);
}

QList<ReportChecklistGroup> buildReportChecklist(const QList<ReportMessage> &messages, const Catalog &catalog,
                                                 const QHash<StepId, CaseStepState> &states, Language language)
{
    // Messages come worst and most frequent first; an entry may have a row per cause.
    QList<QString> entryOrder;
    QHash<QString, QList<int>> causes;
    QHash<QString, const ReportMessage *> first;
    for (const ReportMessage &m : messages) {
        if (m.entryId.isEmpty())
            continue;
        if (!first.contains(m.entryId)) {
            entryOrder.append(m.entryId);
            first.insert(m.entryId, &m);
        }
        causes[m.entryId].append(m.causeIndex);
    }

    QList<ReportChecklistGroup> result;
    QSet<StepId> listed;
    for (const QString &entryId : std::as_const(entryOrder)) {
        const CatalogEntry *entry = catalog.findId(entryId);
        if (!entry)
            continue;
        ReportChecklistGroup group{entryId, first.value(entryId)->id, first.value(entryId)->severity, true, {}};
        for (const ShownStep &shown : stepsFor(*entry, causes.value(entryId))) {
            const CaseStepState state = states.value(shown.id);
            group.steps.append({shown.step->text.text(language), state.ticked, state.note, needsNoAction(*shown.step)});
            listed.insert(shown.id);
        }
        if (!group.steps.isEmpty())
            result.append(group);
    }

    // Ticks and notes on steps the report does not list still belong to the investigation.
    QList<StepId> others;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (!listed.contains(it.key()) && (it->ticked || !it->note.isEmpty()))
            others.append(it.key());
    std::sort(others.begin(), others.end(), [](const StepId &a, const StepId &b) {
        if (a.entryId != b.entryId)
            return a.entryId < b.entryId;
        if (a.causeKey != b.causeKey)
            return a.causeKey < b.causeKey;
        return a.index < b.index;
    });
    for (const StepId &id : std::as_const(others)) {
        if (result.isEmpty() || result.last().listed || result.last().entryId != id.entryId) {
            const CatalogEntry *entry = catalog.findId(id.entryId);
            result.append({id.entryId, id.entryId, entry ? entry->severity : -1, false, {}});
        }
        QString text;
        if (const CatalogEntry *entry = catalog.findId(id.entryId))
            if (const CatalogStep *step = findStep(*entry, id))
                text = step->text.text(language);
        if (text.isEmpty()) // the catalog changed since the tick: say which step it was
            text = id.causeKey.isEmpty() ? u"#%1"_s.arg(id.index + 1) : u"%1 #%2"_s.arg(id.causeKey, QString::number(id.index + 1));
        const CaseStepState state = states.value(id);
        result.last().steps.append({text, state.ticked, state.note});
    }
    return result;
}

} // namespace LogSage
