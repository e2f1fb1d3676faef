#include "casematch.h"

#include <QFileInfo>
#include <QSet>

namespace LogSage {

QString casePath(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

CaseMatch matchCase(const QList<CaseFile> &stored, const QList<CaseFile> &current)
{
    CaseMatch match;
    if (stored.isEmpty() || stored.size() != current.size())
        return match;

    QList<CaseFile> inStoredOrder(stored.size());
    QList<bool> taken(stored.size(), false);
    QList<qsizetype> unmatched;
    // Exact content first, so that a grown file is never paired with another file's saved state.
    for (qsizetype i = 0; i < current.size(); ++i) {
        qsizetype found = -1;
        for (qsizetype j = 0; j < stored.size() && found < 0; ++j)
            if (!taken.at(j) && stored.at(j).fingerprint == current.at(i).fingerprint)
                found = j;
        if (found < 0) {
            unmatched.append(i);
            continue;
        }
        taken[found] = true;
        inStoredOrder[found] = current.at(i);
    }
    for (const qsizetype i : std::as_const(unmatched)) {
        const CaseFile &now = current.at(i);
        qsizetype found = -1;
        for (qsizetype j = 0; j < stored.size() && found < 0; ++j) {
            const CaseFile &saved = stored.at(j);
            if (taken.at(j) || now.size <= saved.size)
                continue;
            if (casePath(saved.path) != casePath(now.path) && saved.head != now.head)
                continue;
            if (const std::optional<qint64> added = growthSince(saved, now.path)) {
                found = j;
                match.grown.append({now.path, *added});
            }
        }
        if (found < 0) {
            match.grown.clear();
            QSet<QString> storedPaths, currentPaths;
            for (const CaseFile &file : stored)
                storedPaths.insert(casePath(file.path));
            for (const CaseFile &file : current)
                currentPaths.insert(casePath(file.path));
            if (storedPaths != currentPaths)
                return match;
            match.kind = CaseMatch::Kind::Changed;
            QSet<QString> known;
            for (const CaseFile &file : stored)
                known.insert(file.fingerprint);
            for (const CaseFile &file : current)
                if (!known.contains(file.fingerprint))
                    match.changedPaths.append(file.path);
            return match;
        }
        taken[found] = true;
        inStoredOrder[found] = now;
    }
    match.kind = match.grown.isEmpty() ? CaseMatch::Kind::Same : CaseMatch::Kind::Grown;
    match.files = inStoredOrder;
    return match;
}

} // namespace LogSage
