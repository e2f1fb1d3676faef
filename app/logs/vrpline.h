#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>
#include <QtGlobal>

namespace LogSage {

/// A timestamp as the device printed it. Times are kept as printed ("wall clock" milliseconds
/// since 1970 as if the printed clock were UTC) plus the printed offset; nothing is shifted.
struct VrpTimestamp {
    enum class Kind : quint8 { None, Absolute, Boot };
    Kind kind = Kind::None;
    bool hasYear = false;      ///< false for the short-date form (`Dec  4 10:15:32`)
    bool hasOffset = false;    ///< a `+08:00` style offset was printed
    bool dst = false;          ///< a ` DST` marker followed the offset
    bool hasMilliseconds = false;
    qint32 offsetSeconds = 0;  ///< printed UTC offset, east positive
    qint64 wallMsecs = 0;      ///< printed wall-clock time; for Boot: msecs since boot.
                               ///< Without a year, computed with year 1970 (see withYear()).
    int month = 0;             ///< 1..12 for Absolute, to infer a year later
};

struct VrpParameter {
    QByteArrayView key;
    QByteArrayView value;
};

/// One parsed log line. Every view points into the line that was parsed; keep it alive.
struct VrpLine {
    bool isRecord = false;          ///< a message ID (MODULE/SEVERITY/BRIEF) was found
    bool isContinuation = false;    ///< no header at all, and the line starts with white space
                                    ///< or otherwise looks like the tail of the previous record
    QByteArrayView pri;             ///< digits of `<PRI>`, empty when absent
    QByteArrayView relayPrefix;     ///< a log host's own header before the device line
    QByteArrayView timestampText;
    VrpTimestamp time;
    QByteArrayView host;
    QByteArrayView formatVersion;   ///< the `dd` of `%%dd`, empty for traps without `%%`
    QByteArrayView messageId;       ///< `MODULE/SEVERITY/BRIEF`, contiguous in the line
    QByteArrayView module;
    int severity = -1;              ///< 0..7, -1 when the line is no record
    QByteArrayView brief;
    char flag = 0;                  ///< 'l', 't', 'd', 's' or 0
    QByteArrayView count;           ///< digits of `[COUNT]`
    QByteArrayView componentPrefix; ///< `Slot=1;`, `CID=0x..;`, `Service=..;` including the `;`
    QByteArrayView description;     ///< everything after the header and prefix
    QVarLengthArray<VrpParameter, 12> parameters;
};

/// Parses Huawei VRP information-center lines (VRP5 and VRP8 layouts, traps, log host
/// prefixes). Allocation-free for lines with up to 12 parameters; never throws; a line that
/// matches nothing comes back with isRecord == false.
class VrpLineParser
{
public:
    /// Full parse: header, component prefix, description and parameter list.
    static VrpLine parse(QByteArrayView line);

    /// Header only (no parameter list): the fast path the line index uses.
    static VrpLine parseHeader(QByteArrayView line);

    /// Parses a `(Key=Value, ...)` list, `key=value;` or `key:value` body out of text.
    static void parseParameters(QByteArrayView text, QVarLengthArray<VrpParameter, 12> &out);

    /// Parses a timestamp at the start of text; returns the number of bytes it used (0: none).
    static qsizetype parseTimestamp(QByteArrayView text, VrpTimestamp &out);

    /// Wall-clock msecs of a year-less timestamp placed in the given year.
    static qint64 withYear(const VrpTimestamp &time, int year);
};

} // namespace LogSage
