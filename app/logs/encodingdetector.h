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
    /// True when `bytes` is valid UTF-8; a sequence cut at the very end counts as valid.
    static bool isValidUtf8(QByteArrayView bytes);
    /// True when `bytes` is well-formed GB18030 (one-, two- and four-byte sequences).
    static bool isValidGb18030(QByteArrayView bytes);
    /// A decoder for 8-bit document bytes (UTF-16 files are converted to UTF-8 when loaded).
    static QStringDecoder decoder(LogDocument::Encoding encoding);
    static QString name(LogDocument::Encoding encoding);
};

} // namespace LogSage
