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

std::optional<QByteArray> readRange(QFile &file, qint64 from, qint64 length)
{
    if (!file.seek(from))
        return std::nullopt;
    QByteArray bytes = file.read(length);
    if (bytes.size() != length)
        return std::nullopt;
    return bytes;
}

QString sha256(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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
    const qint64 headLength = std::min(size, edgeBytes);
    const qint64 tailStart = std::max<qint64>(0, size - edgeBytes);
    const std::optional<QByteArray> head = readRange(file, 0, headLength);
    const std::optional<QByteArray> tail = head ? readRange(file, tailStart, size - tailStart) : std::nullopt;
    if (!tail) {
        result.error = QCoreApplication::translate("LogSage::Case", "The log file %1 could not be read to the end (%2); check the disk and try again.")
                           .arg(path, file.errorString());
        return result;
    }
    // The fingerprint hashes the size, the head, then the tail without the bytes the head already has.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const quint64 sizeLittleEndian = qToLittleEndian(quint64(size));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&sizeLittleEndian), sizeof sizeLittleEndian));
    hash.addData(*head);
    hash.addData(QByteArrayView(*tail).sliced(std::max<qint64>(0, headLength - tailStart)));
    result.file.size = size;
    result.file.fingerprint = QString::fromLatin1(hash.result().toHex());
    result.file.head = sha256(*head);
    result.file.tail = sha256(*tail);
    result.file.status = CaseFile::Status::Unchanged;
    return result;
}

std::optional<qint64> growthSince(const CaseFile &saved, const QString &path)
{
    if (saved.head.isEmpty() || saved.tail.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() <= saved.size)
        return std::nullopt;
    const qint64 size = file.size();
    const std::optional<QByteArray> head = readRange(file, 0, std::min(saved.size, edgeBytes));
    if (!head || sha256(*head) != saved.head)
        return std::nullopt;
    const qint64 tailStart = std::max<qint64>(0, saved.size - edgeBytes);
    const std::optional<QByteArray> tail = readRange(file, tailStart, saved.size - tailStart);
    if (!tail || sha256(*tail) != saved.tail)
        return std::nullopt;
    return size - saved.size;
}

QString fingerprintOfSet(QStringList fingerprints)
{
    if (fingerprints.size() == 1)
        return fingerprints.constFirst();
    std::sort(fingerprints.begin(), fingerprints.end());
    return QString::fromLatin1(QCryptographicHash::hash(fingerprints.join(u'\n').toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace LogSage
