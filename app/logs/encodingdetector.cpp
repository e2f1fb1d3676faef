#include "encodingdetector.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {
constexpr qsizetype SampleSize = 16 * 1024 * 1024;

bool isAscii8(const char *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    return (word & 0x8080808080808080ULL) == 0;
}
}

EncodingDetector::Result EncodingDetector::detect(QByteArrayView bytes)
{
    const auto *u = reinterpret_cast<const uchar *>(bytes.data());
    if (bytes.size() >= 2 && u[0] == 0xff && u[1] == 0xfe)
        return {LogDocument::Encoding::Utf16LE, 2};
    if (bytes.size() >= 2 && u[0] == 0xfe && u[1] == 0xff)
        return {LogDocument::Encoding::Utf16BE, 2};
    if (bytes.size() >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
        return {LogDocument::Encoding::Utf8, 3};
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), SampleSize));
    if (isValidUtf8(sample))
        return {LogDocument::Encoding::Utf8, 0};
    if (isValidGb18030(sample))
        return {LogDocument::Encoding::Gb18030, 0};
    return {LogDocument::Encoding::Latin1, 0};
}

bool EncodingDetector::isValidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n && isAscii8(bytes.data() + i)) {
            i += 8;
            continue;
        }
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uchar lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            if (c == 0xe0)
                lo = 0xa0;
            else if (c == 0xed)
                hi = 0x9f; // no surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            if (c == 0xf0)
                lo = 0x90;
            else if (c == 0xf4)
                hi = 0x8f;
        } else {
            return false;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return true; // cut by the sample's end
            const uchar t = s[i + k];
            if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xbf))
                return false;
        }
        i += len;
    }
    return true;
}

bool EncodingDetector::isValidGb18030(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xff)
            return false;
        if (i + 1 >= n)
            return true;
        const uchar t = s[i + 1];
        if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) {
            i += 2;
            continue;
        }
        if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= n)
                return true;
            if (s[i + 2] < 0x81 || s[i + 2] > 0xfe || s[i + 3] < 0x30 || s[i + 3] > 0x39)
                return false;
            i += 4;
            continue;
        }
        return false;
    }
    return true;
}

QStringDecoder EncodingDetector::decoder(LogDocument::Encoding encoding)
{
    switch (encoding) {
    case LogDocument::Encoding::Gb18030:
        return QStringDecoder("GB18030");
    case LogDocument::Encoding::Latin1:
        return QStringDecoder(QStringConverter::Latin1);
    case LogDocument::Encoding::Utf8:
    case LogDocument::Encoding::Utf16LE:
    case LogDocument::Encoding::Utf16BE:
        break;
    }
    return QStringDecoder(QStringConverter::Utf8);
}

QString EncodingDetector::name(LogDocument::Encoding encoding)
{
    switch (encoding) {
    case LogDocument::Encoding::Utf8:
        return u"UTF-8"_s;
    case LogDocument::Encoding::Gb18030:
        return u"GB18030"_s;
    case LogDocument::Encoding::Utf16LE:
        return u"UTF-16LE"_s;
    case LogDocument::Encoding::Utf16BE:
        return u"UTF-16BE"_s;
    case LogDocument::Encoding::Latin1:
        return u"ISO-8859-1"_s;
    }
    return {};
}

} // namespace LogSage
