#pragma once

#include "catalogentry.h"

#include <QList>
#include <QString>

namespace LogSage {

/// Identifies one remediation step of the catalog in a case: the entry, the cause the step belongs
/// to (empty for the entry's general steps) and the step's position in that cause's list.
struct StepId {
    QString entryId;  ///< CatalogEntry::id, e.g. "IKE/5/IKE_NEGO_FAIL"
    QString causeKey; ///< CatalogCause::key, empty for CatalogEntry::steps
    int index = -1;   ///< 0-based within the cause's (or the general) steps

    bool isValid() const { return !entryId.isEmpty() && index >= 0; }
    friend bool operator==(const StepId &, const StepId &) = default;
};

size_t qHash(const StepId &id, size_t seed = 0) noexcept;

/// A step as the reference panel lists it, with its identity.
struct ShownStep {
    StepId id;
    const CatalogStep *step = nullptr;
};

/// True when cause `index` of `entry` is the reference's "none of the above" (a fallback condition).
bool isFallbackCause(const CatalogEntry &entry, int index);

/// `matchedCause` when it names a cause the reference lists, -1 for none or the fallback: a line
/// whose value matches no listed cause is shown as if it matched none.
int listedCause(const CatalogEntry &entry, int matchedCause);

/// The causes in the order the panel lists them without a listed match: `causeOrder` (or the
/// reference's order when it is empty) with the fallback causes moved last.
QList<int> causesFallbackLast(const CatalogEntry &entry, const QList<int> &causeOrder);

/// The steps the reference panel shows for a line of `entry`, in the panel's order: the matched
/// cause's steps when `matchedCause` names a listed cause, otherwise (no match, or only the
/// fallback) every cause's steps in causesFallbackLast() order; then the entry's general steps. The
/// panel, the overview and reports use this one function so that their counts agree.
QList<ShownStep> shownSteps(const CatalogEntry &entry, int matchedCause, const QList<int> &causeOrder = {});

/// How many of a list of steps are ticked, e.g. 3 of 5.
struct StepProgress {
    int ticked = 0;
    int total = 0;

    QString toString() const; ///< "3/5"; empty when there are no steps
    bool isComplete() const { return total > 0 && ticked == total; }
    friend bool operator==(const StepProgress &, const StepProgress &) = default;
};

} // namespace LogSage
