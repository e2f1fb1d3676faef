#pragma once

#include "logdocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <atomic>
#include <memory>
#include <utility>
#include <vector>

namespace LogSage {

/// The bytes of one log file, ready to index: a plain file is memory-mapped; a .gz, .bz2, .xz
/// or .zip file, or a UTF-16 file, is decompressed or converted to UTF-8 in memory. A zip
/// archive yields every file inside, sorted by path, each after a line `==> MEMBER <==`.
class LogInput
{
public:
    enum class Kind { Plain, Gzip, Bzip2, Xz, Zip };
    /// Lost: pages of the mapping could not be read (the file was cut short and written again, or
    /// the disk failed) and read as zeros, whatever the size is now.
    enum class Change { None, Grew, Truncated, Replaced, Vanished, Lost };

    LogInput();
    ~LogInput();
    LogInput(const LogInput &) = delete;
    LogInput &operator=(const LogInput &) = delete;

    static Kind kindFor(const QString &path); ///< by file name suffix

    /// Checks that `path` can be read as a log without blocking (no FIFO is ever opened).
    /// False with errorString() set to a sentence naming the file otherwise.
    bool check(const QString &path);
    /// Maps, decompresses or converts the checked file and detects its encoding. Slow for
    /// compressed files: call it on a worker thread. False with errorString() set on failure.
    bool load();

    /// Makes a running load() stop soon and fail (from any thread).
    void cancelLoad() { m_cancel.store(true); }

    /// For a loaded plain file: has it grown, shrunk or been replaced since it was mapped?
    Change change() const;
    /// After Change::Grew: bytes() then covers the new size. The mapping reserves room to
    /// grow; past it the file is mapped again, and old views stay valid (earlier mappings are
    /// kept until this input is destroyed).
    bool remap();

    QString path() const { return m_path; }
    Kind kind() const { return m_kind; }
    QByteArrayView bytes() const { return {m_data, m_size}; } ///< without a byte order mark
    LogDocument::Encoding encoding() const { return m_encoding; }
    QDateTime modificationTime() const { return m_modified; }
    qint64 fileSize() const { return m_fileSize; } ///< size on disk, compressed or not
    QString errorString() const { return m_error; }

private:
    const char *mapFile(qint64 size); ///< maps the file with room to grow; null on failure
    bool loadPlain();
    bool loadCompressed();
    bool loadZip();
    bool finishMemory();
    void setEncoding(QByteArrayView raw);
    QString displayPath() const;

    QString m_path;
    Kind m_kind = Kind::Plain;
    std::unique_ptr<QFile> m_file;
    std::vector<std::pair<void *, qint64>> m_mappings; ///< all kept: old views stay valid
    const char *m_mapBase = nullptr;
    qint64 m_mappedCapacity = 0;
    QByteArray m_memory;
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qint64 m_fileSize = 0;
    quint64 m_inode = 0;
    QDateTime m_modified;
    LogDocument::Encoding m_encoding = LogDocument::Encoding::Utf8;
    QString m_error;
    std::atomic<bool> m_cancel{false};
};

} // namespace LogSage
