#include "casestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

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
        files.append(fingerprint.file);
        fingerprints.append(fingerprint.file.fingerprint);
    }
    if (files.isEmpty()) {
        result.error = trCase("A case needs at least one log file; open a log file first.");
        return result;
    }
    const QString path = pathFor(fingerprintOfSet(fingerprints));

    if (QFileInfo::exists(path)) {
        result = readCaseFile(path);
        if (result.ok()) {
            result.value->setStoragePath(path);
            // Same contents, perhaps at other paths now: keep the paths the user opened.
            result.value->setFiles(files);
            for (int i = 0; i < files.size(); ++i)
                result.value->setFileStatus(i, CaseFile::Status::Unchanged);
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

    result.value = std::make_unique<Case>();
    result.value->setFiles(files);
    result.value->setStoragePath(path);
    return result;
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

} // namespace LogSage
