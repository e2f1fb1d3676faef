#pragma once

#include "catalogreader.h"

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace LogSage {

class Catalog;

/// Where imported and hand-written user catalogs live: AppDataLocation + "/catalogs".
QString userCatalogFolder();

/// A vendor Markdown reference read and turned into catalog contents, not yet saved.
struct ImportedReference {
    QString sourcePath;
    QStringList sourceLines;      ///< the Markdown's lines, to quote the line a problem is on
    CatalogFileContents contents;
    QString error;                ///< non-empty when the file could not be read at all
};

/// Reads `markdownPath` (UTF-8, GB18030 or UTF-16 with a byte order mark) and runs the importer.
ImportedReference readVendorReference(const QString &markdownPath);

/// The file an import of `markdownPath` is saved as: `folder`/<its base name>.json.
QString importTargetPath(const QString &markdownPath, const QString &folder);

/// Writes `contents` as catalog JSON to `path` (creating its folder) with QSaveFile. Returns an
/// empty string on success, else one sentence naming the file and what to do.
QString saveImportedCatalog(const CatalogFileContents &contents, const QString &path);

/// Asks for a vendor Markdown reference (.md) and runs confirmReferenceImport() on it. Returns true
/// when a catalog was imported into `catalog` (the caller then refreshes what points into it).
bool importReferenceInteractively(QWidget *parent, Catalog &catalog, const QString &userFolder = userCatalogFolder(),
                                  const std::function<void()> &aboutToLoad = {});

/// Shows what importing `markdownPath` gives and, on confirmation, saves it into `userFolder` and
/// loads it into `catalog` as a user catalog (over the bundled entries). True when imported.
/// `aboutToLoad` runs just before the catalog changes: stop every worker reading it there.
bool confirmReferenceImport(QWidget *parent, Catalog &catalog, const QString &markdownPath,
                         const QString &userFolder = userCatalogFolder(), const std::function<void()> &aboutToLoad = {});

} // namespace LogSage
