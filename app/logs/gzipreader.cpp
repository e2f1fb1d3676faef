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
    int members = 0;       // complete members read
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
        if (!inMember && z.avail_in < 2) {
            // A member's two magic bytes may straddle two reads.
            input[0] = char(z.next_in[0]);
            const qint64 n = in.read(input.data() + 1, input.size() - 1);
            if (n < 0) {
                m_detail = in.errorString();
                return Result::ReadError;
            }
            z.next_in = reinterpret_cast<Bytef *>(input.data());
            z.avail_in = uInt(1 + n);
        }
        if (!inMember) {
            const bool magic = z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b;
            if (!magic && members > 0)
                break; // not another member: trailing padding or junk, ignored as gzip(1) does
            inMember = true; // for the first member, zlib says what is wrong with a bad header
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
            ++members;
            inflateReset(&z);
        } else if (result != Z_OK && result != Z_BUF_ERROR) { // Z_BUF_ERROR: needs more input
            if (members > 0 && z.total_out == 0)
                return Result::Ok; // junk that merely starts like a header, after whole members
            m_detail = QString::fromUtf8(z.msg ? z.msg : "invalid compressed data");
            return Result::Damaged;
        }
    }
    return inMember ? Result::Truncated : Result::Ok;
}

} // namespace LogSage
