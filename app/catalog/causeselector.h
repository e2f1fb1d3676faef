#pragma once

#include "catalogentry.h"

#include <QList>
#include <QPair>
#include <QString>

namespace LogSage {

/// How a cause relates to the parameter values of one log line.
enum class CauseMatch : quint8 {
    Matched,  ///< its condition names a parameter of the line and the value is equal
    Fallback, ///< a fallback whose parameter is on the line but no other cause matched its value
    Other,    ///< no condition, or a condition the line does not meet
};

struct RankedCause {
    const CatalogCause *cause = nullptr;
    CauseMatch match = CauseMatch::Other;
};

/// A log line's parameters as printed: key and value, in line order.
using ParameterValues = QList<QPair<QString, QString>>;

/// Orders `causes` for a line with these parameter values: the causes whose condition matches
/// first (keys and values compared trimmed and case-insensitively), then the fallbacks that apply,
/// then the rest; catalog order is kept within each group. Points into `causes`.
QList<RankedCause> rankCauses(const QList<CatalogCause> &causes, const ParameterValues &parameters);

} // namespace LogSage
