#pragma once

#include <QtGlobal>

#include <compare>

namespace LogSage {

/// A strong integer type, so that a line number is never passed as an offset.
template<typename T, typename Tag>
struct StrongInt {
    T value = 0;
    constexpr StrongInt() = default;
    constexpr explicit StrongInt(T v) : value(v) {}
    constexpr auto operator<=>(const StrongInt &) const = default;
    constexpr StrongInt &operator++() { ++value; return *this; }
    constexpr StrongInt &operator--() { --value; return *this; }
};

using LineNumber = StrongInt<quint64, struct LineNumberTag>; ///< 0-based index of a line in a file
using LineCount = StrongInt<quint64, struct LineCountTag>;
using FileOffset = StrongInt<quint64, struct FileOffsetTag>;

/// What the index keeps per line besides its offset: enough to filter and chart without
/// reading the line again. A continuation line (flag Continuation) carries the time, message
/// type, host and severity of the record it continues, so filters keep wrapped messages whole.
struct LineRecord {
    quint32 time = 0;        ///< seconds since LineIndex::timeBase(), 0 when the line has none
    quint16 messageType = 0; ///< interned MODULE/SEVERITY/BRIEF, 0 for lines without one
    quint16 host = 0;        ///< interned host name, 0 when none
    quint8 severity = 0xff;  ///< 0..7, 0xff when none
    quint8 flags = 0;        ///< LineFlag bits
};

enum LineFlag : quint8 {
    HasTime = 0x01,
    Continuation = 0x02, ///< belongs to the record above
    Trap = 0x04,
    Recognized = 0x08,   ///< set by analysis when the message type is in a catalog
    InvalidBytes = 0x10, ///< invalid in the detected encoding
    YearInferred = 0x20, ///< the printed time had no year; it was inferred (file time, New Year)
    LeapDay = 0x40,      ///< a year-less "Feb 29": when its year is inferred again, it stays Feb 29
};

} // namespace LogSage
