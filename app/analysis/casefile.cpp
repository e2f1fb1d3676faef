#include "casefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr qint64 edgeBytes = 64 * 1024;

bool addRange(QCryptographicHash &hash, QFile &file, qint64 from, qint64 length)
{
    if (!file.seek(from))
        return false;
    const QByteArray bytes = file.read(length);
    if (bytes.size() != length)
        return false;
    hash.addData(bytes);
    return true;
}

} // namespace

FileFingerprint fingerprintFile(const QString &path)
{
    FileFingerprint result;
    result.file.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QCoreApplication::translate("LogSage::Case", "The log file %1 does not exist; open it from where it is now.")
                           .arg(path);
        return result;
    }
    if (!info.isFile()) {
        result.error = QCoreApplication::translate("LogSage::Case", "%1 is not a regular file; choose a log file.").arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("LogSage::Case", "The log file %1 cannot be read (%2); check its permissions.")
                           .arg(path, file.errorString());
        return result;
    }
    const qint64 size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const quint64 sizeLittleEndian = qToLittleEndian(quint64(size));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&sizeLittleEndian), sizeof sizeLittleEndian));
    const qint64 head = std::min(size, edgeBytes);
    const qint64 tailStart = std::max(head, size - edgeBytes);
    if (!addRange(hash, file, 0, head) || !addRange(hash, file, tailStart, size - tailStart)) {
        result.error = QCoreApplication::translate("LogSage::Case", "The log file %1 could not be read to the end (%2); check the disk and try again.")
                           .arg(path, file.errorString());
        return result;
    }
    result.file.size = size;
    result.file.fingerprint = QString::fromLatin1(hash.result().toHex());
    result.file.status = CaseFile::Status::Unchanged;
    return result;
}

QString fingerprintOfSet(QStringList fingerprints)
{
    if (fingerprints.size() == 1)
        return fingerprints.constFirst();
    std::sort(fingerprints.begin(), fingerprints.end());
    return QString::fromLatin1(QCryptographicHash::hash(fingerprints.join(u'\n').toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace LogSage
