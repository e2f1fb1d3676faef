#include "gzipreader.h"

#include <QScopeGuard>

#include <zlib.h>

namespace LogSage {

namespace {
constexpr qint64 Block = 1024 * 1024;
constexpr int GzipWindow = MAX_WBITS + 16; // a gzip header and trailer, not zlib's
}

GzipReader::Result GzipReader::read(QIODevice &in, QByteArray &out, qint64 limit, const std::atomic<bool> &cancel)
{
    m_detail.clear();
    z_stream z{};
    if (inflateInit2(&z, GzipWindow) != Z_OK) {
        m_detail = QStringLiteral("zlib could not start");
        return Result::Damaged;
    }
    const auto end = qScopeGuard([&z] { inflateEnd(&z); });
    QByteArray input(Block, Qt::Uninitialized);
    bool inMember = false; // between a member's first byte and its trailer
    for (;;) {
        if (cancel.load(std::memory_order_relaxed))
            return Result::Cancelled;
        if (z.avail_in == 0) {
            const qint64 n = in.read(input.data(), input.size());
            if (n < 0) {
                m_detail = in.errorString();
                return Result::ReadError;
            }
            if (n == 0)
                break;
            z.next_in = reinterpret_cast<Bytef *>(input.data());
            z.avail_in = uInt(n);
        }
        if (!inMember) {
            if (z.next_in[0] != 0x1f)
                break; // not another member: trailing padding or junk
            inMember = true;
        }
        if (out.size() > limit)
            return Result::TooBig;
        const qsizetype old = out.size();
        out.resize(old + Block);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + old);
        z.avail_out = uInt(Block);
        const int result = inflate(&z, Z_NO_FLUSH);
        out.resize(old + Block - qsizetype(z.avail_out));
        if (result == Z_STREAM_END) {
            inMember = false;
            inflateReset(&z);
        } else if (result != Z_OK && result != Z_BUF_ERROR) { // Z_BUF_ERROR: needs more input
            m_detail = QString::fromUtf8(z.msg ? z.msg : "invalid compressed data");
            return Result::Damaged;
        }
    }
    return inMember ? Result::Truncated : Result::Ok;
}

} // namespace LogSage
