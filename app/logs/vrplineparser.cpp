#include "vrpline.h"

#include <cstring>

namespace LogSage {

namespace {

// A device header (relay prefix, timestamps, host, `%%01MODULE/...`) never needs more than
// this; bounding the scan keeps junk and multi-megabyte lines cheap on the index path.
constexpr qsizetype HeaderScanLimit = 1024;
constexpr int HeaderTokenLimit = 16;
// Tokens (host names, a sender address) allowed between a timestamp and a trap ID printed
// without `%%`, so that prose like "see IFNET/4/X: ..." deep in a line is not taken for one.
constexpr int BareIdTokenLimit = 2;
constexpr qsizetype ModuleLengthLimit = 32;
constexpr qsizetype BriefLengthLimit = 96;
constexpr int BriefExtraWordLimit = 4;
constexpr qsizetype PrefixLengthLimit = 256;
constexpr qint64 MsecsPerDay = 86400000;

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool isUpperWordChar(char c) { return (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_'; }
inline bool isSpace(char c) { return c == ' ' || c == '\t'; }
inline bool isModuleChar(char c) { return isAlpha(c) || isDigit(c) || c == '_'; }
inline bool isBriefChar(char c) { return isModuleChar(c) || c == '-'; }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c; }

qsizetype skipSpaces(const char *s, qsizetype n, qsizetype i)
{
    while (i < n && isSpace(s[i]))
        ++i;
    return i;
}

qsizetype skipToken(const char *s, qsizetype n, qsizetype i)
{
    while (i < n && !isSpace(s[i]))
        ++i;
    return i;
}

// Reads minDigits..maxDigits decimal digits at s[i]; more digits than maxDigits fail.
bool readNumber(const char *s, qsizetype n, qsizetype &i, int minDigits, int maxDigits, int &value)
{
    qsizetype j = i;
    int v = 0;
    while (j < n && isDigit(s[j]) && j - i < maxDigits)
        v = v * 10 + (s[j++] - '0');
    if (j - i < minDigits || (j < n && isDigit(s[j])))
        return false;
    value = v;
    i = j;
    return true;
}

int monthFromName(const char *s, qsizetype n, qsizetype i)
{
    static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    if (i + 3 > n || (i + 3 < n && isAlpha(s[i + 3])))
        return 0;
    const char a = lower(s[i]), b = lower(s[i + 1]), c = lower(s[i + 2]);
    for (int m = 0; m < 12; ++m) {
        if (names[m * 3] == a && names[m * 3 + 1] == b && names[m * 3 + 2] == c)
            return m + 1;
    }
    return 0;
}

// Calendar arithmetic of our own: QDate costs more than the rest of a header parse, and the
// index parses every line of multi-gigabyte files. Proleptic Gregorian, years 1..9999.
constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

constexpr bool isValidDate(int year, int month, int day)
{
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

constexpr qint64 leapYearsBefore(int year)
{
    return (year - 1) / 4 - (year - 1) / 100 + (year - 1) / 400;
}

constexpr qint64 daysSinceEpoch(int year, int month, int day)
{
    constexpr int daysBeforeMonth[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return 365 * qint64(year - 1970) + leapYearsBefore(year) - leapYearsBefore(1970) + daysBeforeMonth[month - 1]
        + (month > 2 && isLeapYear(year) ? 1 : 0) + day - 1;
}

static_assert(daysSinceEpoch(1970, 1, 1) == 0);
static_assert(daysSinceEpoch(2000, 3, 1) == 11017);
static_assert(daysSinceEpoch(2026, 12, 4) == 20791);

// `HH:MM:SS` with an optional fraction (`.476`, `.5.1`, `:579`), UTC offset and ` DST`.
bool readTimeOfDay(const char *s, qsizetype n, qsizetype &i, VrpTimestamp &t, qint64 &msecOfDay)
{
    int h = 0, m = 0, sec = 0;
    qsizetype j = i;
    if (!readNumber(s, n, j, 1, 2, h) || j >= n || s[j] != ':' || !readNumber(s, n, ++j, 1, 2, m)
        || j >= n || s[j] != ':' || !readNumber(s, n, ++j, 1, 2, sec))
        return false;
    if (h > 23 || m > 59 || sec > 60)
        return false;
    int ms = 0;
    if (j + 1 < n && s[j] == '.' && isDigit(s[j + 1])) {
        // The first group is the fraction of a second; some devices append further
        // `.N` groups (sub-millisecond counters) that carry no time.
        ++j;
        int scale = 100;
        for (; j < n && isDigit(s[j]); ++j, scale /= 10)
            ms += (s[j] - '0') * scale;
        while (j + 1 < n && s[j] == '.' && isDigit(s[j + 1])) {
            ++j;
            while (j < n && isDigit(s[j]))
                ++j;
        }
        t.hasMilliseconds = true;
    } else if (j + 3 < n && s[j] == ':' && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3])
               && (j + 4 == n || !isDigit(s[j + 4]))) {
        ms = (s[j + 1] - '0') * 100 + (s[j + 2] - '0') * 10 + (s[j + 3] - '0');
        j += 4;
        t.hasMilliseconds = true;
    }
    if (j + 1 < n && (s[j] == '+' || s[j] == '-') && isDigit(s[j + 1])) {
        const int sign = s[j] == '-' ? -1 : 1;
        qsizetype k = j + 1;
        int oh = 0, om = 0;
        bool ok = false;
        if (k + 3 < n && isDigit(s[k]) && isDigit(s[k + 1]) && isDigit(s[k + 2]) && isDigit(s[k + 3])) {
            oh = (s[k] - '0') * 10 + (s[k + 1] - '0');
            om = (s[k + 2] - '0') * 10 + (s[k + 3] - '0');
            k += 4;
            ok = k == n || !isDigit(s[k]);
        } else if (readNumber(s, n, k, 1, 2, oh)) {
            ok = true;
            if (k + 1 < n && s[k] == ':' && isDigit(s[k + 1])) {
                ++k;
                ok = readNumber(s, n, k, 2, 2, om);
            }
        }
        if (ok && oh <= 23 && om <= 59) {
            t.hasOffset = true;
            t.offsetSeconds = sign * (oh * 3600 + om * 60);
            j = k;
        }
    } else if (j < n && s[j] == 'Z' && (j + 1 == n || isSpace(s[j + 1]))) {
        t.hasOffset = true;
        ++j;
    }
    if (t.hasOffset && j + 3 < n && s[j] == ' ' && s[j + 1] == 'D' && s[j + 2] == 'S' && s[j + 3] == 'T'
        && (j + 4 == n || !isAlpha(s[j + 4]))) {
        t.dst = true;
        j += 4;
    }
    msecOfDay = ((h * 60 + m) * 60 + sec) * 1000LL + ms;
    i = j;
    return true;
}

// A timestamp ends at a word boundary: `10:15:32x` is no time.
bool endsCleanly(const char *s, qsizetype n, qsizetype i)
{
    return i == n || !(isAlpha(s[i]) || isDigit(s[i]));
}

qsizetype parseMonthNameForm(const char *s, qsizetype n, VrpTimestamp &t)
{
    const int month = monthFromName(s, n, 0);
    if (month == 0)
        return 0;
    qsizetype i = skipSpaces(s, n, 3);
    int day = 0, year = 0;
    if (i == 3 || !readNumber(s, n, i, 1, 2, day) || day < 1 || i >= n || !isSpace(s[i]))
        return 0;
    i = skipSpaces(s, n, i);
    qsizetype y = i;
    if (readNumber(s, n, y, 4, 4, year) && y < n && isSpace(s[y])) {
        t.hasYear = true;
        i = skipSpaces(s, n, y);
    }
    qint64 msecOfDay = 0;
    if (!readTimeOfDay(s, n, i, t, msecOfDay))
        return 0;
    // `Jun 1 12:35:52 2000`: some devices print the year after the time.
    if (!t.hasYear && i + 5 <= n && s[i] == ' ') {
        qsizetype k = i + 1;
        if (readNumber(s, n, k, 4, 4, year) && year >= 1970 && year < 2200 && (k == n || isSpace(s[k]))) {
            t.hasYear = true;
            i = k;
        }
    }
    if (!endsCleanly(s, n, i))
        return 0;
    if (t.hasYear) {
        if (!isValidDate(year, month, day))
            return 0;
        t.wallMsecs = daysSinceEpoch(year, month, day) * MsecsPerDay + msecOfDay;
    } else {
        // Year 2000 is a leap year, so `Feb 29` without a year is accepted; the day is kept
        // as an offset from the month's start, which withYear() carries into the real year.
        if (day > daysInMonth(2000, month))
            return 0;
        t.wallMsecs = (daysSinceEpoch(1970, month, 1) + day - 1) * MsecsPerDay + msecOfDay;
    }
    t.kind = VrpTimestamp::Kind::Absolute;
    t.month = month;
    return i;
}

// `2026-12-04 10:15:32`, `2026/12/04`, `2026-12-4`, `2026-12-04T10:15:32`.
qsizetype parseNumericDateForm(const char *s, qsizetype n, VrpTimestamp &t)
{
    qsizetype i = 0;
    int year = 0, month = 0, day = 0;
    if (!readNumber(s, n, i, 4, 4, year) || i >= n || (s[i] != '-' && s[i] != '/'))
        return 0;
    const char separator = s[i++];
    if (!readNumber(s, n, i, 1, 2, month) || i >= n || s[i] != separator)
        return 0;
    ++i;
    if (!readNumber(s, n, i, 1, 2, day) || i >= n || (s[i] != ' ' && s[i] != 'T'))
        return 0;
    ++i;
    if (!isValidDate(year, month, day))
        return 0;
    qint64 msecOfDay = 0;
    if (!readTimeOfDay(s, n, i, t, msecOfDay) || !endsCleanly(s, n, i))
        return 0;
    t.kind = VrpTimestamp::Kind::Absolute;
    t.hasYear = true;
    t.month = month;
    t.wallMsecs = daysSinceEpoch(year, month, day) * MsecsPerDay + msecOfDay;
    return i;
}

// `boot` format: `HIGH.LOW`, the high and low 32 bits of the milliseconds since start-up.
qsizetype parseBootForm(const char *s, qsizetype n, VrpTimestamp &t)
{
    qsizetype i = 0;
    qint64 high = 0, low = 0;
    while (i < n && isDigit(s[i]) && i < 10)
        high = high * 10 + (s[i++] - '0');
    if (i == 0 || i >= n || s[i] != '.')
        return 0;
    const qsizetype lowStart = ++i;
    while (i < n && isDigit(s[i]) && i - lowStart < 10)
        low = low * 10 + (s[i++] - '0');
    if (i == lowStart || (i < n && !isSpace(s[i])) || high > 0xffff || low > 0xffffffffLL)
        return 0;
    t.kind = VrpTimestamp::Kind::Boot;
    t.wallMsecs = (high << 32) + low;
    return i;
}

struct IdMatch {
    qsizetype start = 0;
    qsizetype moduleEnd = 0;
    qsizetype briefStart = 0;
    qsizetype briefEnd = 0;
};

// MODULE/SEVERITY/BRIEF at s[i]. A trap printed without `%%` (bare) must be followed by `:` or
// a flag, the only thing that tells it from prose.
bool matchMessageId(const char *s, qsizetype n, qsizetype i, bool bare, IdMatch &m)
{
    if (i >= n || !isAlpha(s[i]))
        return false;
    qsizetype j = i;
    while (j < n && isModuleChar(s[j]) && j - i <= ModuleLengthLimit)
        ++j;
    if (j - i > ModuleLengthLimit || j + 3 >= n || s[j] != '/' || s[j + 1] < '0' || s[j + 1] > '7' || s[j + 2] != '/')
        return false;
    m.start = i;
    m.moduleEnd = j;
    m.briefStart = j + 3;
    qsizetype k = m.briefStart;
    while (k < n && isBriefChar(s[k]) && k - m.briefStart <= BriefLengthLimit)
        ++k;
    if (k == m.briefStart || k - m.briefStart > BriefLengthLimit)
        return false;
    // Old switches print briefs with spaces (`DRV_NI/5/LOOP BACK: ...`): upper-case words up to a colon.
    qsizetype e = k;
    for (int words = 0; words < BriefExtraWordLimit && e + 1 < n && s[e] == ' ' && isUpperWordChar(s[e + 1]); ++words) {
        qsizetype w = e + 1;
        while (w < n && isUpperWordChar(s[w]))
            ++w;
        if (w < n && s[w] == ':' && w - m.briefStart <= BriefLengthLimit) {
            k = w;
            break;
        }
        e = w;
    }
    m.briefEnd = k;
    if (!bare)
        return true;
    if (k < n && s[k] == ':')
        return true;
    return k + 2 < n && s[k] == '(' && s[k + 2] == ')';
}

// `<187>` at s[i]: returns the bytes it takes (0: none) and its digits in `pri`.
qsizetype priLength(const char *s, qsizetype n, qsizetype i, QByteArrayView &pri)
{
    if (i >= n || s[i] != '<')
        return 0;
    qsizetype j = i + 1;
    while (j < n && isDigit(s[j]) && j - i <= 3)
        ++j;
    if (j == i + 1 || j >= n || s[j] != '>')
        return 0;
    pri = QByteArrayView(s + i + 1, j - i - 1);
    return j + 1 - i;
}

bool isFlag(char c) { return c == 'l' || c == 't' || c == 'd' || c == 's'; }

QByteArrayView trimmed(const char *s, qsizetype from, qsizetype to)
{
    while (from < to && isSpace(s[from]))
        ++from;
    while (to > from && isSpace(s[to - 1]))
        --to;
    return QByteArrayView(s + from, to - from);
}

bool startsWith(const char *s, qsizetype n, qsizetype i, const char *word)
{
    const auto len = qsizetype(std::strlen(word));
    return i + len <= n && std::memcmp(s + i, word, size_t(len)) == 0;
}

// `Slot=1;`, `Slot=8/0,Vcpu=0;`, `CID=0x..[-alarmID=..];`, `VS=Admin-VS-CID=0x..;`,
// `Service=name;` and the old firewalls' `-DevIP=a.b.c.d;`: no spaces, up to the first `;`.
qsizetype componentPrefixLength(const char *s, qsizetype n, qsizetype i)
{
    static const char *const keys[] = {"Slot=", "CID=", "VS=", "Service=", "-DevIP="};
    bool known = false;
    for (const char *key : keys)
        known = known || startsWith(s, n, i, key);
    if (!known)
        return 0;
    for (qsizetype j = i; j < n && j - i < PrefixLengthLimit; ++j) {
        if (s[j] == ';')
            return j + 1 - i;
        if (isSpace(s[j]))
            return 0;
    }
    return 0;
}

// After `MODULE/SEV/BRIEF`: ` (l)` or `(l)`, `[count]`, `:`, spaces.
qsizetype parseAfterId(const char *s, qsizetype n, qsizetype i, VrpLine &r)
{
    qsizetype k = skipSpaces(s, n, i);
    if (k + 2 < n && s[k] == '(' && isFlag(s[k + 1]) && s[k + 2] == ')') {
        r.flag = s[k + 1];
        i = k + 3;
    }
    if (i < n && s[i] == '[') {
        qsizetype j = i + 1;
        while (j < n && isDigit(s[j]))
            ++j;
        if (j > i + 1 && j < n && s[j] == ']') {
            r.count = QByteArrayView(s + i + 1, j - i - 1);
            i = j + 1;
        }
    }
    k = skipSpaces(s, n, i);
    if (k < n && s[k] == ':')
        i = k + 1;
    return skipSpaces(s, n, i);
}

QByteArrayView unquoted(QByteArrayView v)
{
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
        return v.sliced(1, v.size() - 2);
    return v;
}

} // namespace

qsizetype VrpLineParser::parseTimestamp(QByteArrayView text, VrpTimestamp &out)
{
    out = VrpTimestamp{};
    const char *s = text.data();
    const qsizetype n = text.size();
    if (n == 0)
        return 0;
    VrpTimestamp t;
    qsizetype used = 0;
    if (isAlpha(s[0]))
        used = parseMonthNameForm(s, n, t);
    else if (isDigit(s[0])) {
        used = parseNumericDateForm(s, n, t);
        if (used == 0) {
            t = VrpTimestamp{};
            used = parseBootForm(s, n, t);
        }
    }
    if (used > 0)
        out = t;
    return used;
}

qint64 VrpLineParser::withYear(const VrpTimestamp &time, int year)
{
    if (time.kind != VrpTimestamp::Kind::Absolute || time.hasYear || time.month < 1 || time.month > 12)
        return time.wallMsecs;
    const qint64 intoMonth = time.wallMsecs - daysSinceEpoch(1970, time.month, 1) * MsecsPerDay;
    return daysSinceEpoch(year, time.month, 1) * MsecsPerDay + intoMonth;
}

VrpLine VrpLineParser::parseHeader(QByteArrayView line)
{
    VrpLine r;
    const char *s = line.data();
    qsizetype n = line.size();
    while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == '\n'))
        --n;
    const bool leadingSpace = n > 0 && isSpace(s[0]);
    qsizetype i = skipSpaces(s, n, 0);

    if (const qsizetype priBytes = priLength(s, n, i, r.pri))
        i = skipSpaces(s, n, i + priBytes);
    const qsizetype afterPri = i;

    VrpTimestamp firstTime;
    const qsizetype firstTimeLength = parseTimestamp(QByteArrayView(s + i, n - i), firstTime);
    qsizetype deviceTimeStart = i;
    qsizetype deviceTimeLength = firstTimeLength;
    VrpTimestamp deviceTime = firstTime;
    i = skipSpaces(s, n, i + firstTimeLength);
    const qsizetype afterFirstTime = i;
    qsizetype hostStart = i;

    // Walk the header tokens: a `%%ddMODULE/...` (or a bare trap ID near the start) ends the
    // header; another timestamp means what came before was a log host's own header.
    const qsizetype limit = qMin(n, afterPri + HeaderScanLimit);
    IdMatch id;
    bool found = false;
    qsizetype percentAt = -1;
    QByteArrayView devicePri;
    qsizetype relayEnd = afterPri;
    int tokensSinceTime = 0;
    for (int token = 0; token < HeaderTokenLimit && i < limit; ++token) {
        if (i + 4 < n && s[i] == '%' && s[i + 1] == '%' && isDigit(s[i + 2]) && isDigit(s[i + 3])
            && matchMessageId(s, n, i + 4, false, id)) {
            percentAt = i;
            found = true;
            break;
        }
        if (tokensSinceTime <= BareIdTokenLimit && matchMessageId(s, n, i, true, id)) {
            found = true;
            break;
        }
        QByteArrayView innerPri;
        const qsizetype k = i + priLength(s, n, i, innerPri);
        VrpTimestamp t;
        const qsizetype len = parseTimestamp(QByteArrayView(s + k, n - k), t);
        if (len > 0 && t.kind == VrpTimestamp::Kind::Absolute) {
            devicePri = innerPri;
            relayEnd = i;
            deviceTimeStart = k;
            deviceTimeLength = len;
            deviceTime = t;
            i = hostStart = skipSpaces(s, n, k + len);
            tokensSinceTime = 0;
            continue;
        }
        i = skipSpaces(s, n, skipToken(s, n, i));
        ++tokensSinceTime;
    }

    if (!found) {
        r.timestampText = QByteArrayView(s + afterPri, firstTimeLength);
        r.time = firstTime;
        qsizetype d = afterFirstTime;
        if (firstTimeLength > 0 && d < n && s[d] == ':')
            d = skipSpaces(s, n, d + 1);
        r.description = trimmed(s, d, n);
        // A wrapped message's tail: indented, or starting where no header can start.
        r.isContinuation = r.pri.isEmpty() && firstTimeLength == 0 && afterPri < n
            && (leadingSpace || std::memchr(",;.)]}", s[afterPri], 6) != nullptr);
        return r;
    }

    const qsizetype idStart = percentAt >= 0 ? percentAt : id.start;
    if (r.pri.isEmpty())
        r.pri = devicePri;
    r.relayPrefix = trimmed(s, afterPri, relayEnd);
    r.timestampText = QByteArrayView(s + deviceTimeStart, deviceTimeLength);
    r.time = deviceTime;
    r.host = unquoted(trimmed(s, hostStart, idStart));
    if (percentAt >= 0)
        r.formatVersion = QByteArrayView(s + percentAt + 2, 2);
    r.isRecord = true;
    r.messageId = QByteArrayView(s + id.start, id.briefEnd - id.start);
    r.module = QByteArrayView(s + id.start, id.moduleEnd - id.start);
    r.severity = s[id.moduleEnd + 1] - '0';
    r.brief = QByteArrayView(s + id.briefStart, id.briefEnd - id.briefStart);

    qsizetype d = parseAfterId(s, n, id.briefEnd, r);
    if (const qsizetype prefix = componentPrefixLength(s, n, d)) {
        r.componentPrefix = QByteArrayView(s + d, prefix);
        d = skipSpaces(s, n, d + prefix);
    }
    r.description = trimmed(s, d, n);
    return r;
}

VrpLine VrpLineParser::parse(QByteArrayView line)
{
    VrpLine r = parseHeader(line);
    parseParameters(r.description, r.parameters);
    return r;
}

} // namespace LogSage
