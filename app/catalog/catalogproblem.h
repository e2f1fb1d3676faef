#pragma once

#include <QString>

namespace LogSage {

/// A problem found while loading a catalog: never fatal, always shown to the user.
struct CatalogProblem {
    QString file;
    int line = 0;    ///< 1-based, 0 when unknown
    int column = 0;  ///< 1-based, 0 when unknown
    QString entryId; ///< the entry concerned, if any
    QString message;
    QString toString() const; ///< "file:line:column: entry: message"
};

} // namespace LogSage
