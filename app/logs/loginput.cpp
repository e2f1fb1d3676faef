#include "loginput.h"

#include "encodingdetector.h"
#include "gzipreader.h"
#include "mappingguard.h"

#include <KCompressionDevice>
#include <KZip>
#include <KArchiveDirectory>
#include <KArchiveFile>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {
// A compressed log is decompressed into memory: at most 4 GiB, and at most half the computer's
// memory, so that a small archive that expands enormously (a "zip bomb") is refused, not fatal.
// LOGSAGE_MAX_DECOMPRESSED_MB sets a lower limit (for a machine shared with other work, and tests).
qint64 maxInMemory()
{
    qint64 most = qint64(4) * 1024 * 1024 * 1024;
#ifdef Q_OS_UNIX
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        most = std::min(most, qint64(pages) * pageSize / 2);
#endif
    bool ok = false;
    const qint64 megabytes = qEnvironmentVariableIntValue("LOGSAGE_MAX_DECOMPRESSED_MB", &ok);
    if (ok && megabytes > 0)
        most = std::min(most, megabytes * 1024 * 1024);
    return most;
}

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
constexpr qint64 ReadBlock = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("LogSage::LogInput", text);
}

quint64 inodeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return quint64(st.st_ino);
#else
    Q_UNUSED(path)
#endif
    return 0;
}

// Reads a whole device into `out`; false with `error` set on a read error or when too big.
bool readAll(QIODevice &device, QByteArray &out, QString &error, const std::atomic<bool> &cancel)
{
    for (;;) {
        if (cancel.load(std::memory_order_relaxed)) {
            error = u"cancelled"_s;
            return false;
        }
        if (out.size() > maxInMemory()) {
            error = u"too big"_s;
            return false;
        }
        const qsizetype old = out.size();
        out.resize(old + ReadBlock);
        const qint64 n = device.read(out.data() + old, ReadBlock);
        if (n < 0) {
            out.resize(old);
            error = device.errorString();
            return false;
        }
        out.resize(old + n);
        if (n == 0)
            return true;
    }
}

// The magic bytes at the start, and for xz the footer magic at the end: the decompressors
// pass foreign or cut data through without an error.
QString checkFraming(const QString &path, LogInput::Kind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const QByteArray head = file.read(6);
    bool ok = true;
    switch (kind) {
    case LogInput::Kind::Gzip:
        ok = head.startsWith("\x1f\x8b");
        break;
    case LogInput::Kind::Bzip2:
        ok = head.startsWith("BZh");
        break;
    case LogInput::Kind::Xz:
        ok = head == QByteArrayView("\xfd" "7zXZ\0", 6);
        if (ok && file.seek(file.size() - 2))
            return file.read(2) == "YZ" ? QString() : tr("it ends too early");
        break;
    default:
        break;
    }
    return ok ? QString() : tr("wrong signature");
}

// Reads a gzip file with every member in it; an empty string when all went well.
QString gunzip(const QString &path, QByteArray &out, const std::atomic<bool> &cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    GzipReader reader;
    switch (reader.read(file, out, maxInMemory(), cancel)) {
    case GzipReader::Result::Ok:
        return {};
    case GzipReader::Result::Truncated:
        return tr("it ends too early");
    case GzipReader::Result::TooBig:
        return u"too big"_s;
    case GzipReader::Result::Cancelled:
        return u"cancelled"_s;
    case GzipReader::Result::Damaged:
    case GzipReader::Result::ReadError:
        break;
    }
    return reader.detail();
}
} // namespace

LogInput::LogInput() = default;

LogInput::~LogInput()
{
#ifdef Q_OS_UNIX
    for (const auto &[address, length] : m_mappings) {
        MappingGuard::remove(address);
        ::munmap(address, std::size_t(length));
    }
#endif
}

const char *LogInput::mapFile(qint64 size)
{
#ifdef Q_OS_UNIX
    // Reserve address space past the end: a file that grows (follow mode) shows its new bytes
    // in the same mapping, so appends need no new mapping until the reserve is used up.
    const qint64 reserve = std::max(size * 2, size + qint64(64) * 1024 * 1024);
    void *address = ::mmap(nullptr, std::size_t(reserve), PROT_READ, MAP_SHARED, m_file->handle(), 0);
    if (address == MAP_FAILED)
        return nullptr;
    m_mappings.emplace_back(address, reserve);
    MappingGuard::add(address, std::size_t(reserve)); // another process may truncate the file under us
    m_mappedCapacity = reserve;
    return static_cast<const char *>(address);
#else
    m_mappedCapacity = size;
    return reinterpret_cast<const char *>(m_file->map(0, size));
#endif
}

LogInput::Kind LogInput::kindFor(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(".gz"_L1))
        return Kind::Gzip;
    if (lower.endsWith(".bz2"_L1))
        return Kind::Bzip2;
    if (lower.endsWith(".xz"_L1))
        return Kind::Xz;
    if (lower.endsWith(".zip"_L1))
        return Kind::Zip;
    return Kind::Plain;
}

QString LogInput::displayPath() const
{
    return QDir::toNativeSeparators(m_path);
}

bool LogInput::check(const QString &path)
{
    m_path = path;
    m_kind = kindFor(path);
    m_error.clear();
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        m_error = tr("“%1” does not exist. Check the path, or choose another file.").arg(displayPath());
        return false;
    }
    if (info.isDir()) {
        m_error = tr("“%1” is a folder, not a log file. Open one of the files inside it.").arg(displayPath());
        return false;
    }
    if (!info.isFile()) {
        m_error = tr("“%1” is not a regular file (it is a pipe, socket or device). Save its output to a file and open that.")
                      .arg(displayPath());
        return false;
    }
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        m_error = tr("“%1” cannot be read (%2). Check its permissions, or copy it somewhere readable.")
                      .arg(displayPath(), probe.errorString());
        return false;
    }
    m_modified = info.lastModified(QTimeZone::UTC);
    m_fileSize = info.size();
    return true;
}

bool LogInput::load()
{
    m_error.clear();
    switch (m_kind) {
    case Kind::Plain:
        return loadPlain();
    case Kind::Zip:
        return loadZip();
    case Kind::Gzip:
    case Kind::Bzip2:
    case Kind::Xz:
        return loadCompressed();
    }
    return false;
}

bool LogInput::loadPlain()
{
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = tr("“%1” cannot be read (%2). Check its permissions, or copy it somewhere readable.")
                      .arg(displayPath(), m_file->errorString());
        return false;
    }
    m_inode = inodeOf(m_path);
    m_fileSize = m_file->size();
    if (m_fileSize == 0) {
        m_data = nullptr;
        m_size = 0;
        return true;
    }
    const char *mapped = mapFile(m_fileSize);
    if (!mapped) {
        // Some file systems cannot map: read the file instead.
        QString error;
        if (!readAll(*m_file, m_memory, error, m_cancel)) {
            m_error = tr("“%1” could not be read into memory (%2). Copy it to a local disk and open the copy.")
                          .arg(displayPath(), error);
            return false;
        }
        return finishMemory();
    }
    m_mapBase = mapped;
    const QByteArrayView raw(mapped, m_fileSize);
    const auto detected = EncodingDetector::detect(raw);
    if (detected.encoding == LogDocument::Encoding::Utf16LE || detected.encoding == LogDocument::Encoding::Utf16BE) {
        m_memory = raw.toByteArray();
        return finishMemory();
    }
    m_encoding = detected.encoding;
    m_data = raw.data() + detected.bomLength;
    m_size = raw.size() - detected.bomLength;
    return true;
}

bool LogInput::loadCompressed()
{
    const auto type = m_kind == Kind::Gzip    ? KCompressionDevice::GZip
                      : m_kind == Kind::Bzip2 ? KCompressionDevice::BZip2
                                              : KCompressionDevice::Xz;
    const QString format = m_kind == Kind::Gzip ? u"gzip"_s : m_kind == Kind::Bzip2 ? u"bzip2"_s : u"xz"_s;
    QString error = checkFraming(m_path, m_kind);
    if (!error.isEmpty()) {
        // the sentence below says it
    } else if (m_kind == Kind::Gzip) {
        // zlib itself: KCompressionDevice does not notice a file cut short inside a member.
        error = gunzip(m_path, m_memory, m_cancel);
    } else if (KCompressionDevice device(m_path, type); !device.open(QIODevice::ReadOnly)) {
        error = device.errorString();
    } else if (!readAll(device, m_memory, error, m_cancel)) {
        // fall through to the message below
    } else if (device.error() != QFileDevice::NoError) {
        error = device.errorString();
    }
    if (error == "too big"_L1) {
        m_error = tr("“%1” decompresses to more than %2, more than LogSage reads into memory on this computer. "
                     "Decompress it with another tool and open the result.")
                      .arg(displayPath(), sizeText(maxInMemory()));
        return false;
    }
    if (!error.isEmpty()) {
        m_error = tr("“%1” is not a valid %2 file or is damaged (%3). Decompress it with another tool to check it.")
                      .arg(displayPath(), format, error);
        return false;
    }
    return finishMemory();
}

bool LogInput::loadZip()
{
    KZip zip(m_path);
    if (!zip.open(QIODevice::ReadOnly)) {
        m_error = tr("“%1” is not a valid zip archive or is damaged (%2). Extract it with another tool to check it.")
                      .arg(displayPath(), zip.errorString());
        return false;
    }
    QStringList members;
    const KArchiveDirectory *root = zip.directory();
    std::vector<std::pair<QString, const KArchiveDirectory *>> pending{{QString(), root}};
    while (!pending.empty()) {
        auto [prefix, dir] = pending.back();
        pending.pop_back();
        for (const QString &entryName : dir->entries()) {
            const KArchiveEntry *entry = dir->entry(entryName);
            const QString full = prefix.isEmpty() ? entryName : prefix + u'/' + entryName;
            if (entry->isDirectory())
                pending.emplace_back(full, static_cast<const KArchiveDirectory *>(entry));
            else if (entry->isFile())
                members.append(full);
        }
    }
    if (members.isEmpty()) {
        m_error = tr("“%1” is a zip archive with no file in it. Choose another file.").arg(displayPath());
        return false;
    }
    std::sort(members.begin(), members.end());
    for (const QString &member : members) {
        const auto *file = static_cast<const KArchiveFile *>(root->entry(member));
        if (!file)
            continue;
        QString safeName = member;
        safeName.replace(u'\n', u' ').replace(u'\r', u' ');
        if (!m_memory.isEmpty() && !m_memory.endsWith('\n'))
            m_memory.append('\n');
        m_memory.append("==> " + safeName.toUtf8() + " <==\n");
        std::unique_ptr<QIODevice> device(file->createDevice());
        QString error;
        if (!device || !readAll(*device, m_memory, error, m_cancel)) {
            if (error == "too big"_L1)
                m_error = tr("“%1” decompresses to more than %2, more than LogSage reads into memory on this computer. "
                             "Extract it with another tool and open the files inside.")
                              .arg(displayPath(), sizeText(maxInMemory()));
            else
                m_error = tr("“%1” is damaged: its member “%2” cannot be read (%3). Extract it with another tool to check it.")
                              .arg(displayPath(), member, device ? error : zip.errorString());
            return false;
        }
    }
    return finishMemory();
}

bool LogInput::finishMemory()
{
    const auto detected = EncodingDetector::detect(m_memory);
    m_encoding = detected.encoding;
    if (detected.encoding == LogDocument::Encoding::Utf16LE || detected.encoding == LogDocument::Encoding::Utf16BE) {
        // Line ends are found byte-wise, so UTF-16 text is kept as UTF-8.
        QStringDecoder decoder(detected.encoding == LogDocument::Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                                                    : QStringConverter::Utf16BE);
        const QString text = decoder.decode(QByteArrayView(m_memory).sliced(detected.bomLength));
        m_memory = text.toUtf8();
        m_data = m_memory.constData();
        m_size = m_memory.size();
        return true;
    }
    m_data = m_memory.constData() + detected.bomLength;
    m_size = m_memory.size() - detected.bomLength;
    return true;
}

LogInput::Change LogInput::change() const
{
    if (m_kind != Kind::Plain || !m_file)
        return Change::None;
    const QFileInfo info(m_path);
    if (!info.exists())
        return Change::Vanished;
    const quint64 inode = inodeOf(m_path);
    if (inode != 0 && m_inode != 0 && inode != m_inode)
        return Change::Replaced;
    const qint64 size = info.size();
    if (size < m_fileSize)
        return Change::Truncated;
    const bool lost = std::any_of(m_mappings.cbegin(), m_mappings.cend(),
                                  [](const auto &mapping) { return MappingGuard::faults(mapping.first) > 0; });
    if (lost)
        return Change::Lost;
    if (size > m_fileSize)
        return Change::Grew;
    return Change::None;
}

bool LogInput::remap()
{
    if (m_kind != Kind::Plain || !m_file || !m_memory.isEmpty())
        return false;
    const qint64 size = m_file->size();
    if (size <= m_fileSize)
        return size == m_fileSize;
    const char *mapped = m_mapBase && size <= m_mappedCapacity ? m_mapBase : mapFile(size);
    if (!mapped)
        return false;
    m_mapBase = mapped;
    const qint64 bomLength = m_fileSize > 0 ? m_fileSize - m_size : 0;
    const QByteArrayView raw(mapped, size);
    if (m_fileSize == 0)
        setEncoding(raw);
    else {
        m_data = raw.data() + bomLength;
        m_size = raw.size() - bomLength;
    }
    m_fileSize = size;
    return true;
}

void LogInput::setEncoding(QByteArrayView raw)
{
    const auto detected = EncodingDetector::detect(raw);
    // A file that started empty and grew into UTF-16 is read as UTF-8; following stays byte-wise.
    m_encoding = detected.encoding == LogDocument::Encoding::Utf16LE || detected.encoding == LogDocument::Encoding::Utf16BE
        ? LogDocument::Encoding::Utf8
        : detected.encoding;
    m_data = raw.data() + (m_encoding == detected.encoding ? detected.bomLength : 0);
    m_size = raw.size() - (m_data - raw.data());
}

} // namespace LogSage
