#pragma once

#include "catalogreader.h"

#include <QByteArray>

namespace LogSage {

/// Writes catalog contents as LogSage catalog JSON (the format readCatalogJson() reads; see
/// docs/catalog.md). Origins equal to the header's defaults are left out; problems are not written.
QByteArray catalogToJson(const CatalogFileContents &contents);

} // namespace LogSage
