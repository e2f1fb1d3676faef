#pragma once

#include "case.h"
#include "casefile.h"

#include <QList>

namespace LogSage {

/// How the log files opened now relate to the files of a stored case.
struct CaseMatch {
    enum class Kind {
        None,    ///< another case
        Same,    ///< every file has the saved content
        Grown,   ///< every file has the saved content or has only grown since, at least one grew
        Changed, ///< the same paths, but some file has other content now
    };
    Kind kind = Kind::None;
    QList<CaseFile> files;  ///< Same, Grown: the files opened now, in the stored case's order
    QList<GrownFile> grown; ///< Grown: the files that grew, and by how much
    QStringList changedPaths; ///< Changed: the files opened now whose content the case does not know

    bool isSameCase() const { return kind == Kind::Same || kind == Kind::Grown; }
};

/// Compares `current` (fingerprinted files opened now) with a stored case's files. Growth is
/// checked (reading the file) only where the path or the first 64 KiB are the same.
CaseMatch matchCase(const QList<CaseFile> &stored, const QList<CaseFile> &current);

/// The path in the form cases keep and compare: absolute and clean.
QString casePath(const QString &path);

} // namespace LogSage
