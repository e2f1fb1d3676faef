#pragma once

#include "catalogproblem.h"

#include <QList>
#include <QString>

namespace LogSage {

/// What importing a vendor Markdown reference into a catalog file did.
struct ImportOutcome {
    bool written = false;           ///< the JSON file was written
    QString error;                  ///< why nothing was written: one sentence naming the file
    int entryCount = 0;
    int fragmentCount = 0;
    QList<CatalogProblem> problems; ///< sections and lines that were not understood, with line numbers
};

/// Imports the vendor's Markdown log reference at `markdownPath` (UTF-8) and writes it as catalog
/// JSON to `jsonPath` (atomically, with QSaveFile). Nothing is written when no entry was found.
ImportOutcome importReferenceFile(const QString &markdownPath, const QString &jsonPath);

/// What checking one catalog file found.
struct CheckOutcome {
    int entryCount = 0;             ///< entries that load
    QList<CatalogProblem> problems; ///< everything wrong, with file:line:column
};

/// Validates the catalog JSON at `path` as LogSage would load it (including IDs given twice).
CheckOutcome checkCatalogFile(const QString &path);

} // namespace LogSage
