#pragma once

#include "catalogentry.h"
#include "catalogproblem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace LogSage {

/// The "catalog" header of a catalog file.
struct CatalogInfo {
    QString name;          ///< short stable name, e.g. "huawei-ar-ike-ipsec"
    LocalizedText title;
    QString vendor;
    QString product;
    LocalizedText source;  ///< where the texts came from
    TextOrigin zhOrigin = TextOrigin::Vendor;     ///< default origin of Chinese texts
    TextOrigin enOrigin = TextOrigin::Translated; ///< default origin of English texts
};

/// Everything one catalog file holds, with the problems found while reading it.
struct CatalogFileContents {
    CatalogInfo info;
    std::vector<CatalogEntry> entries;
    std::vector<qsizetype> entryOffsets; ///< where each entry starts in the file, in bytes
    QList<CatalogFragment> fragments;
    QList<CatalogProblem> problems;
    bool readable = false; ///< false when the file is not a catalog at all (bad JSON, no entries array)
};

/// Reads LogSage catalog JSON (see docs/catalog.md). A bad entry is reported and skipped, the
/// others are kept; every problem names the file, line, column and entry.
CatalogFileContents readCatalogJson(const QByteArray &json, const QString &fileName, bool user = false);

} // namespace LogSage
