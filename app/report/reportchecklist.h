#pragma once

#include "case.h"
#include "reportmodel.h"

#include <QHash>
#include <QList>

namespace LogSage {

class Catalog;
struct CatalogStep;

/// True for a step that says nothing needs doing ("Informational message; no action is needed."):
/// shown, but not counted in the checklist's progress.
bool needsNoAction(const CatalogStep &step);

/// The report's checklist: for each recognized message the report lists (once per catalog
/// entry, in the report's order), the steps the reference panel shows for the causes the report
/// found, ticked or not, with their notes; then, not listed, the steps of other messages that
/// the case ticked or noted. Step texts are in `language`.
QList<ReportChecklistGroup> buildReportChecklist(const QList<ReportMessage> &messages, const Catalog &catalog,
                                                 const QHash<StepId, CaseStepState> &states, Language language);

} // namespace LogSage
