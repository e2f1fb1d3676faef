#pragma once

#include "logdocument.h"

#include <QByteArrayView>
#include <QStringDecoder>

namespace LogSage {

/// Decides once how a log file's bytes are encoded: a UTF-16 or UTF-8 byte order mark, else
/// valid UTF-8, else valid GB18030 (which includes GBK), else Latin-1.
class EncodingDetector
{
public:
    struct Result {
        LogDocument::Encoding encoding = LogDocument::Encoding::Utf8;
        qsizetype bomLength = 0;
    };
    /// Looks at the first 16 MiB of `bytes`.
    static Result detect(QByteArrayView bytes);
    /// Whether `bytes` may end inside a multi-byte sequence: a sample cut from a file may, a line may not.
    enum class End { MayCut, Whole };
    /// True when `bytes` is valid UTF-8.
    static bool isValidUtf8(QByteArrayView bytes, End end = End::MayCut);
    /// True when `bytes` is well-formed GB18030 (one-, two- and four-byte sequences).
    static bool isValidGb18030(QByteArrayView bytes, End end = End::MayCut);
    /// True when `line` ends inside a multi-byte character (cut by the device or by a copy).
    static bool endsInCutCharacter(QByteArrayView line, LogDocument::Encoding encoding);
    /// True when one whole line is valid in `encoding`; ASCII lines, the usual case, are checked fastest.
    static bool isValidLine(QByteArrayView line, LogDocument::Encoding encoding);
    /// A decoder for 8-bit document bytes (UTF-16 files are converted to UTF-8 when loaded).
    static QStringDecoder decoder(LogDocument::Encoding encoding);
    static QString name(LogDocument::Encoding encoding);
};

} // namespace LogSage
