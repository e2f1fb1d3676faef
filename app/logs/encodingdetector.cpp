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

namespace {

// How many multi-byte sequences of a text are well formed in an encoding, and how many bytes are not.
struct SequenceCount {
    qsizetype valid = 0;
    qsizetype invalid = 0;
};

using End = EncodingDetector::End;

SequenceCount countUtf8(QByteArrayView bytes, End end)
{
    SequenceCount count;
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
        }
        bool ok = len > 0;
        for (int k = 1; ok && k < len; ++k) {
            if (i + k >= n) {
                if (end == End::Whole)
                    ++count.invalid;
                return count; // cut by the sample's end
            }
            const uchar t = s[i + k];
            ok = t >= (k == 1 ? lo : 0x80) && t <= (k == 1 ? hi : 0xbf);
        }
        if (ok) {
            ++count.valid;
            i += len;
        } else {
            ++count.invalid;
            ++i;
        }
    }
    return count;
}

SequenceCount countGb18030(QByteArrayView bytes, End end)
{
    SequenceCount count;
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xff) {
            ++count.invalid;
            ++i;
            continue;
        }
        if (i + 1 >= n) {
            count.invalid += end == End::Whole ? 1 : 0;
            return count;
        }
        const uchar t = s[i + 1];
        if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) {
            ++count.valid;
            i += 2;
            continue;
        }
        if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= n) {
                count.invalid += end == End::Whole ? 1 : 0;
                return count;
            }
            if (s[i + 2] >= 0x81 && s[i + 2] <= 0xfe && s[i + 3] >= 0x30 && s[i + 3] <= 0x39) {
                ++count.valid;
                i += 4;
                continue;
            }
        }
        ++count.invalid;
        ++i;
    }
    return count;
}

// A few damaged bytes (a character cut by a device's buffer, a line spliced by a log host) must
// not turn a whole UTF-8 or GBK file into Latin-1: the encoding is kept when at most one in
// twenty of its multi-byte sequences is broken, and the broken bytes show as replacement characters.
bool mostlyValid(SequenceCount count)
{
    return count.invalid == 0 || (count.valid > 0 && count.invalid * 20 <= count.valid);
}

} // namespace

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
    // UTF-8 first, even with a few broken bytes: text that is mostly valid UTF-8 is almost never
    // GBK by chance, while UTF-8 Chinese often happens to be well-formed GB18030.
    const SequenceCount utf8 = countUtf8(sample, End::MayCut);
    if (mostlyValid(utf8))
        return {LogDocument::Encoding::Utf8, 0};
    const SequenceCount gb = countGb18030(sample, End::MayCut);
    if (mostlyValid(gb))
        return {LogDocument::Encoding::Gb18030, 0};
    return {LogDocument::Encoding::Latin1, 0};
}

bool EncodingDetector::isValidUtf8(QByteArrayView bytes, End end)
{
    return countUtf8(bytes, end).invalid == 0;
}

bool EncodingDetector::isValidGb18030(QByteArrayView bytes, End end)
{
    return countGb18030(bytes, end).invalid == 0;
}

bool EncodingDetector::endsInCutCharacter(QByteArrayView line, LogDocument::Encoding encoding)
{
    switch (encoding) {
    case LogDocument::Encoding::Gb18030:
        return countGb18030(line, End::Whole).invalid > countGb18030(line, End::MayCut).invalid;
    case LogDocument::Encoding::Latin1:
        return false;
    default:
        return countUtf8(line, End::Whole).invalid > countUtf8(line, End::MayCut).invalid;
    }
}

bool EncodingDetector::isValidLine(QByteArrayView line, LogDocument::Encoding encoding)
{
    qsizetype i = 0;
    while (i + 8 <= line.size() && isAscii8(line.data() + i))
        i += 8;
    while (i < line.size() && static_cast<unsigned char>(line[i]) < 0x80)
        ++i;
    if (i == line.size())
        return true;
    switch (encoding) {
    case LogDocument::Encoding::Gb18030:
        return isValidGb18030(line.sliced(i), End::Whole);
    case LogDocument::Encoding::Latin1:
        return true;
    default: // UTF-16 files are converted to UTF-8 when loaded
        return isValidUtf8(line.sliced(i), End::Whole);
    }
}

QStringDecoder EncodingDetector::decoder(LogDocument::Encoding encoding)
{
    // Stateless: what is decoded is whole lines, so a character cut at the end is shown as a
    // replacement character instead of being held back for input that never comes.
    constexpr auto flags = QStringConverter::Flag::Stateless;
    switch (encoding) {
    case LogDocument::Encoding::Gb18030:
        return QStringDecoder("GB18030", flags);
    case LogDocument::Encoding::Latin1:
        return QStringDecoder(QStringConverter::Latin1, flags);
    case LogDocument::Encoding::Utf8:
    case LogDocument::Encoding::Utf16LE:
    case LogDocument::Encoding::Utf16BE:
        break;
    }
    return QStringDecoder(QStringConverter::Utf8, flags);
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
