#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <atomic>

namespace LogSage {

/// Decompresses a whole gzip stream with zlib, member after member: `cat a.gz b.gz`, and the
/// tools that compress in parallel, write several members back to back. zlib checks each
/// member's CRC and length. What follows the last member and is not a gzip header (tape
/// padding, junk) is ignored, as gzip(1) does.
class GzipReader
{
public:
    enum class Result { Ok, Damaged, Truncated, TooBig, Cancelled, ReadError };

    /// Appends the decompressed bytes of `in` to `out`, stopping at TooBig past `limit` bytes.
    Result read(QIODevice &in, QByteArray &out, qint64 limit, const std::atomic<bool> &cancel);
    /// What went wrong, as zlib or the device says it (English, technical), after Damaged or ReadError.
    QString detail() const { return m_detail; }

private:
    QString m_detail;
};

} // namespace LogSage
