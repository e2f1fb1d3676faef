#pragma once

#include "catalogentry.h"

#include <QList>
#include <QString>

#include <functional>

namespace LogSage {

class Catalog;
struct VrpLine;

/// One parameter of a log line next to what the reference says of it.
struct ExplainedParameter {
    QString name;
    QString value;                                ///< this line's value (decoded), empty when absent
    const CatalogParameter *reference = nullptr;  ///< the catalog's description, if it has one
};

/// Everything the reference panel shows for one log line.
struct LineExplanation {
    bool isRecord = false;                ///< the line carries a message ID
    QString messageId;                    ///< as printed: MODULE/SEVERITY/BRIEF
    int severity = -1;                    ///< as printed
    const CatalogEntry *entry = nullptr;  ///< null for an unknown message
    bool severityDiffers = false;         ///< printed severity != the reference's
    QList<ExplainedParameter> parameters; ///< the line's parameters, then the reference's missing ones
    QList<int> causeOrder;                ///< indices into entry->causes, the matching ones first
    int matchedCause = -1;                ///< index of the cause this line's values point to, or -1
};

/// Matches a parsed line against the catalog. `decode` turns the line's bytes into text (the
/// file's encoding).
LineExplanation explainLine(const VrpLine &line, const Catalog &catalog,
                            const std::function<QString(QByteArrayView)> &decode);

/// Severity names as the vendor documents them (0 emergencies ... 7 debugging), untranslated
/// (files, command-line output).
QString severityName(int severity);
/// The same in the UI language (translation context "LogSage::Severity"); empty outside 0..7.
QString translatedSeverityName(int severity);

} // namespace LogSage
