#include "casestore.h"

#include "caseindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString trCase(const char *text)
{
    return QCoreApplication::translate("LogSage::Case", text);
}

} // namespace

CaseStore::CaseStore(const QString &folder)
    : m_folder(folder)
{
}

QString CaseStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/cases"_s;
}

QString CaseStore::pathFor(const QString &caseKey) const
{
    return m_folder + u'/' + caseKey + u".json"_s;
}

CaseLoad CaseStore::readCaseFile(const QString &path)
{
    CaseLoad result;
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        result.error = trCase("The case file %1 does not exist; choose another file.").arg(path);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = trCase("The case file %1 cannot be read (%2); check its permissions.").arg(path, file.errorString());
        return result;
    }
    if (file.size() > maxCaseFileSize) {
        result.error = trCase("The case file %1 is too large to be a LogSage case; choose a case file saved by LogSage.").arg(path);
        return result;
    }
    return Case::fromJson(file.readAll(), path);
}

QString CaseStore::grownNotice(const QList<GrownFile> &grown)
{
    QStringList sentences;
    for (const GrownFile &file : grown) {
        const int addedBytes = int(std::min(file.addedBytes, qint64(std::numeric_limits<int>::max())));
        sentences.append(QCoreApplication::translate("LogSage::Case", "%1 has grown since this case was saved (%Ln more bytes); ticks, notes and bookmarks are kept.",
                                                     nullptr, addedBytes)
                             .arg(QFileInfo(file.path).fileName()));
    }
    return sentences.join(u' ');
}

QString CaseStore::changedNotice(const QString &changedFile, const QDateTime &saved)
{
    return trCase("%1 has changed since the case of %2 was saved.")
        .arg(QFileInfo(changedFile).fileName(), QLocale().toString(saved, QLocale::ShortFormat));
}

CaseMatch CaseStore::findStored(const QList<CaseFile> &files, const QString &except, QString *casePath) const
{
    QStringList paths;
    QStringList heads;
    for (const CaseFile &file : files) {
        paths.append(LogSage::casePath(file.path));
        heads.append(file.head);
    }
    CaseMatch best;
    QDateTime bestSaved;
    // Most stored cases are about other files: the store's index names the few that may be about
    // these, so that only those are read, however many cases the store keeps.
    for (const QString &candidate : CaseIndex(m_folder).candidates(paths, heads, maxCaseFileSize)) {
        const QFileInfo info(candidate);
        if (info.absoluteFilePath() == QFileInfo(except).absoluteFilePath())
            continue;
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        const CaseLoad load = Case::fromJson(bytes, info.absoluteFilePath());
        if (!load.ok())
            continue;
        CaseMatch match = matchCase(load.value->files(), files);
        if (match.kind == CaseMatch::Kind::None)
            continue;
        const bool better = (match.isSameCase() && !best.isSameCase())
                            || (match.isSameCase() == best.isSameCase() && (!bestSaved.isValid() || info.lastModified() > bestSaved));
        if (better) {
            best = match;
            bestSaved = info.lastModified();
            *casePath = info.absoluteFilePath();
        }
    }
    return best;
}

CaseLoad CaseStore::caseFor(const QStringList &logPaths) const
{
    CaseLoad result;
    QList<CaseFile> files;
    QStringList fingerprints;
    for (const QString &path : logPaths) {
        FileFingerprint fingerprint = fingerprintFile(path);
        if (!fingerprint.ok()) {
            result.error = fingerprint.error;
            return result;
        }
        fingerprint.file.path = LogSage::casePath(path);
        files.append(fingerprint.file);
        fingerprints.append(fingerprint.file.fingerprint);
    }
    if (files.isEmpty()) {
        result.error = trCase("A case needs at least one log file; open a log file first.");
        return result;
    }
    const QString path = pathFor(fingerprintOfSet(fingerprints));

    // Restores a stored case, its files now those opened (perhaps at other paths, perhaps grown).
    auto restore = [&files](CaseLoad &load, const QString &storedAt, const CaseMatch &match) {
        load.value->setStoragePath(storedAt);
        if (match.isSameCase())
            load.value->updateFiles(match.files);
        else
            load.value->setFiles(files);
        for (int i = 0; i < load.value->files().size(); ++i)
            load.value->setFileStatus(i, CaseFile::Status::Unchanged);
        load.grown = match.grown;
        load.notice = grownNotice(match.grown);
    };

    if (QFileInfo::exists(path)) {
        result = readCaseFile(path);
        if (result.ok()) {
            restore(result, path, matchCase(result.value->files(), files));
            return result;
        }
        // Never overwrite what the engineer wrote, even damaged: keep it aside and start anew.
        const QString aside = m_folder + u'/' + QFileInfo(path).completeBaseName() + u".damaged.json"_s;
        QFile::remove(aside);
        const bool kept = QFile::rename(path, aside);
        result.warning = kept ? trCase("%1 The damaged file was kept as %2 and a new case was started.").arg(result.error, aside)
                              : trCase("%1 A new case was started in memory only.").arg(result.error);
        result.error.clear();
        result.value = std::make_unique<Case>();
        result.value->setFiles(files);
        if (kept)
            result.value->setStoragePath(path);
        return result;
    }

    QString storedAt;
    const CaseMatch match = findStored(files, path, &storedAt);
    if (match.isSameCase()) {
        CaseLoad stored = readCaseFile(storedAt);
        if (stored.ok()) {
            restore(stored, storedAt, match);
            return stored;
        }
    }

    result.value = std::make_unique<Case>();
    result.value->setFiles(files);
    result.value->setStoragePath(path);
    if (match.kind == CaseMatch::Kind::Changed) {
        result.changedCasePath = storedAt;
        result.changedCaseSaved = QFileInfo(storedAt).lastModified();
        result.changedFile = match.changedPaths.isEmpty() ? files.constFirst().path : match.changedPaths.constFirst();
        result.changedNotice = changedNotice(result.changedFile, result.changedCaseSaved);
    }
    return result;
}

CaseLoad CaseStore::adoptCase(const QString &casePath, const QStringList &logPaths)
{
    CaseLoad result = readCaseFile(casePath);
    if (!result.ok())
        return result;
    Case &adopted = *result.value;
    adopted.setStoragePath(casePath);
    QList<CaseFile> files = adopted.files();
    QList<bool> changed(files.size(), false);
    for (const QString &logPath : logPaths) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (LogSage::casePath(files.at(i).path) != LogSage::casePath(logPath))
                continue;
            FileFingerprint now = fingerprintFile(logPath);
            if (!now.ok()) {
                result.value.reset();
                result.error = now.error;
                return result;
            }
            now.file.path = LogSage::casePath(logPath);
            changed[i] = now.file.fingerprint != files.at(i).fingerprint;
            files[i] = now.file;
        }
    }
    adopted.updateFiles(files);
    for (int i = 0; i < files.size(); ++i)
        adopted.setFileStatus(i, changed.at(i) ? CaseFile::Status::Changed : CaseFile::Status::Unchanged);
    return result;
}

bool CaseStore::refreshFile(Case &caseToRefresh, const QString &logPath)
{
    if (caseToRefresh.storagePath().isEmpty() || !QFileInfo::exists(caseToRefresh.storagePath()))
        return false;
    QList<CaseFile> files = caseToRefresh.files();
    for (CaseFile &file : files) {
        if (LogSage::casePath(file.path) != LogSage::casePath(logPath))
            continue;
        // Only growth is followed: a log cut short or rotated holds other lines than the case's.
        if (!growthSince(file, logPath))
            return false;
        FileFingerprint now = fingerprintFile(logPath);
        if (!now.ok())
            return false;
        now.file.path = file.path;
        file = now.file;
        return caseToRefresh.updateFiles(files);
    }
    return false;
}

CaseLoad CaseStore::openCaseFile(const QString &path)
{
    CaseLoad result = readCaseFile(path);
    if (!result.ok())
        return result;
    result.value->setStoragePath(path);
    checkFiles(*result.value);
    return result;
}

QString CaseStore::saveCaseAs(const Case &caseToSave, const QString &path)
{
    return caseToSave.writeTo(path);
}

void CaseStore::checkFiles(Case &caseToCheck)
{
    for (int i = 0; i < caseToCheck.files().size(); ++i) {
        const CaseFile &saved = caseToCheck.files().at(i);
        if (!QFileInfo(saved.path).isFile()) {
            caseToCheck.setFileStatus(i, CaseFile::Status::Missing);
            continue;
        }
        const FileFingerprint now = fingerprintFile(saved.path);
        const bool same = now.ok() && now.file.fingerprint == saved.fingerprint;
        caseToCheck.setFileStatus(i, same ? CaseFile::Status::Unchanged : CaseFile::Status::Changed);
    }
}

CaseStore::Located CaseStore::locateFiles(Case &caseToLocate, const QStringList &folders)
{
    Located result;
    for (int i = 0; i < caseToLocate.files().size(); ++i) {
        const CaseFile saved = caseToLocate.files().at(i);
        if (saved.status == CaseFile::Status::Unchanged)
            continue;
        QStringList candidates;
        if (saved.status == CaseFile::Status::Changed)
            candidates.append(saved.path); // perhaps it has only grown
        for (const QString &folder : folders)
            if (!folder.isEmpty())
                candidates.append(QDir(folder).filePath(QFileInfo(saved.path).fileName()));
        bool found = false;
        for (const QString &candidate : std::as_const(candidates)) {
            if (!QFileInfo(candidate).isFile())
                continue;
            const std::optional<qint64> added = growthSince(saved, candidate);
            if (useFileAt(caseToLocate, i, candidate).isEmpty()) {
                if (added)
                    result.grown.append({LogSage::casePath(candidate), *added});
                found = true;
                break;
            }
        }
        if (!found)
            result.notFound.append(i);
    }
    return result;
}

QString CaseStore::useFileAt(Case &caseToUpdate, int index, const QString &path)
{
    if (index < 0 || index >= caseToUpdate.files().size())
        return {};
    const CaseFile saved = caseToUpdate.files().at(index);
    FileFingerprint now = fingerprintFile(path);
    if (!now.ok())
        return now.error;
    if (now.file.fingerprint != saved.fingerprint && !growthSince(saved, path))
        return trCase("%1 is not the log file %2 of this case: its content is different; choose the file the case was saved with.")
            .arg(path, QFileInfo(saved.path).fileName());
    QList<CaseFile> files = caseToUpdate.files();
    now.file.path = LogSage::casePath(path);
    files[index] = now.file;
    caseToUpdate.updateFiles(files);
    caseToUpdate.setFileStatus(index, CaseFile::Status::Unchanged);
    return {};
}

} // namespace LogSage
