#pragma once

#include "linefilter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace LogSage {

/// What the user asked the filter bar for, by name rather than by index id, so that it can be
/// saved in a case and applied again to a re-indexed or re-opened file.
struct FilterSpec {
    QString text;                  ///< plain text or a regular expression
    bool regex = false;
    bool caseSensitive = false;
    int worstSeverity = 7;         ///< keep lines with severity <= this (7: every severity)
    QString module;                ///< empty: any
    QString messageId;             ///< MODULE/SEV/BRIEF; empty: any
    QString host;                  ///< empty: any
    QDateTime from;                ///< invalid: open
    QDateTime to;                  ///< invalid: open
    LineFilter::Recognition recognition = LineFilter::Recognition::Any;
    QStringList hiddenMessages;    ///< MODULE/SEV/BRIEF ids hidden from the view

    bool isEmpty() const;
    bool operator==(const FilterSpec &) const = default;

    QJsonObject toJson() const;
    static FilterSpec fromJson(const QJsonObject &json);

    /// The index-level filter. Messages and hosts stay names, resolved against the document each
    /// time the filter is compiled. `isRecognized` tells which message type ids a catalog knows
    /// (for the recognized / unknown choice); it is asked again at each compile, ids new then included.
    LineFilter toLineFilter(std::function<bool(quint16)> isRecognized = {}) const;
};

} // namespace LogSage
