#pragma once

#include <QStringList>
#include <QTextStream>

namespace LogSage::Cli {

/// `logsage catalog import REFERENCE.md -o CATALOG.json` and `logsage catalog check FILE...`.
/// `arguments` are the words after "catalog". Returns 0 when done without problems, 1 when an
/// input had problems (listed on `err` as file:line:column: message) or could not be written,
/// 2 on a usage error.
int runCatalogCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace LogSage::Cli
