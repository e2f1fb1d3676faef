#include "vrpparameterscanner.h"

namespace LogSage {

namespace {

// Keys are short (`Duration(s)`, `the port list of Mac-hopping`); the bound keeps every
// look-ahead at a separator cheap on junk lines.
constexpr qsizetype KeyLengthLimit = 64;

inline bool isSpace(char c) { return c == ' ' || c == '\t'; }
inline bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Bytes >= 0x80 start keys too: firewalls print Chinese keys (UTF-8 or GBK).
inline bool isKeyStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || static_cast<unsigned char>(c) >= 0x80;
}

class Scanner
{
public:
    Scanner(const char *s, qsizetype n) : m_s(s), m_n(n) {}

    bool findStart(qsizetype &start, char &separator, bool &inParens) const;
    void scanList(qsizetype start, char separator, bool inParens, QVarLengthArray<VrpParameter, 12> &out) const;

private:
    struct Value {
        qsizetype begin = 0;
        qsizetype end = 0;
        qsizetype next = 0; ///< where the next key starts
        bool last = true;
    };

    qsizetype skipSpaces(qsizetype i) const
    {
        while (i < m_n && isSpace(m_s[i]))
            ++i;
        return i;
    }
    qsizetype keyEnd(qsizetype i, char separator, bool allowSpaces) const;
    Value scanValue(qsizetype i, char separator, bool inParens) const;
    QByteArrayView cleanValue(const Value &value, bool inParens) const;

    const char *m_s;
    qsizetype m_n;
};

// The position of the `=` (or `:`) that ends a key starting at i, or -1 when no key starts
// there. Parentheses are allowed when balanced (`Duration(s)`, `ConfigTimeout(min)`).
qsizetype Scanner::keyEnd(qsizetype i, char separator, bool allowSpaces) const
{
    if (i >= m_n || !isKeyStart(m_s[i]))
        return -1;
    int depth = 0;
    for (qsizetype j = i; j < m_n && j - i <= KeyLengthLimit; ++j) {
        const char c = m_s[j];
        if (c == separator) {
            // `key :` is prose; `Key =` is a key (`Internal change =True`, `VPN = 0`).
            if (depth != 0 || (separator == ':' && isSpace(m_s[j - 1])))
                return -1;
            return j;
        }
        switch (c) {
        case ' ':
            if (!allowSpaces)
                return -1;
            break;
        case '(':
            ++depth;
            break;
        case ')':
            if (depth == 0)
                return -1;
            --depth;
            break;
        case ',': case ';': case '"': case '=': case ':': case '<': case '>':
        case '[': case ']': case '{': case '}': case '\t':
            return -1;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                return -1;
        }
    }
    return -1;
}

bool Scanner::findStart(qsizetype &start, char &separator, bool &inParens) const
{
    // A `(Key=Value, ...)` list anywhere in the sentence, then a `(key:value ...)` one.
    for (const char sep : {'=', ':'}) {
        for (qsizetype p = 0; p < m_n; ++p) {
            if (m_s[p] != '(')
                continue;
            const qsizetype q = skipSpaces(p + 1);
            if (keyEnd(q, sep, true) >= 0) {
                start = q;
                separator = sep;
                inParens = true;
                return true;
            }
        }
    }
    // A bare body: `IPVer=4,Protocol=tcp`, `cpu=12 totalmemory=...`, `task:HTPR ip:10.0.0.1`.
    // A bare key starts with a letter (`06:00:00,...` is no list), and a bare `key:` must be
    // glued to its value, or every "reason: text" would be a list.
    for (const char sep : {'=', ':'}) {
        for (qsizetype q = 0; q < m_n; ++q) {
            if (!isAlpha(m_s[q]) || (q > 0 && !isSpace(m_s[q - 1]) && m_s[q - 1] != ',' && m_s[q - 1] != ';' && m_s[q - 1] != ']'))
                continue;
            const qsizetype end = keyEnd(q, sep, false);
            if (end < 0 || (sep == ':' && (end + 1 >= m_n || isSpace(m_s[end + 1]))))
                continue;
            start = q;
            separator = sep;
            inParens = false;
            return true;
        }
    }
    return false;
}

Scanner::Value Scanner::scanValue(qsizetype i, char separator, bool inParens) const
{
    Value v;
    v.begin = skipSpaces(i);
    qsizetype j = v.begin;
    bool sawSpace = false;
    if (j < m_n && m_s[j] == '"') {
        // A quoted value ends at a quote followed by a separator; without one, it is plain text.
        for (qsizetype k = j + 1; k < m_n; ++k) {
            if (m_s[k] != '"')
                continue;
            const qsizetype m = skipSpaces(k + 1);
            if (m >= m_n || m_s[m] == ',' || m_s[m] == ';' || (inParens && m_s[m] == ')')) {
                j = k + 1;
                sawSpace = true;
                break;
            }
        }
    }
    int depth = 0;
    for (; j < m_n; ++j) {
        const char c = m_s[j];
        if (c == ',' || c == ';') {
            const qsizetype m = skipSpaces(j + 1);
            if (m >= m_n || (inParens && depth == 0 && m_s[m] == ')')) {
                v.end = j;
                return v;
            }
            // Split only before another key, whatever the nesting: a value's own commas
            // (`IPV4,IPV6`, `(10.0.0.1, 10.0.0.2)`) stay, and an unbalanced `(` in a
            // cipher text cannot swallow the rest of the list.
            if (keyEnd(m, separator, true) >= 0) {
                v.end = j;
                v.next = m;
                v.last = false;
                return v;
            }
        } else if (isSpace(c)) {
            // Space-separated lists (`ip=1.2.3.4 times=3`) split only after a one-word value,
            // before a word key (`TIME:2023-10-26 16:32:52` keeps its time).
            if (!sawSpace && depth == 0 && j > v.begin) {
                const qsizetype m = skipSpaces(j);
                const qsizetype end = m < m_n && isAlpha(m_s[m]) ? keyEnd(m, separator, false) : -1;
                if (end >= 0 && (separator == '=' || (end + 1 < m_n && !isSpace(m_s[end + 1])))) {
                    v.end = j;
                    v.next = m;
                    v.last = false;
                    return v;
                }
            }
            sawSpace = true;
        } else if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth > 0) {
                --depth;
            } else if (c == ')' && inParens) {
                v.end = j;
                return v;
            }
        }
    }
    v.end = m_n;
    return v;
}

QByteArrayView Scanner::cleanValue(const Value &value, bool inParens) const
{
    qsizetype b = value.begin;
    qsizetype e = value.end;
    while (e > b && isSpace(m_s[e - 1]))
        --e;
    // A bare body ends the sentence: `policy=8.` means 8.
    if (!inParens && value.last && e == m_n && e > b && m_s[e - 1] == '.')
        --e;
    if (e - b >= 4 && m_s[b] == '"' && m_s[b + 1] == '"' && m_s[e - 1] == '"' && m_s[e - 2] == '"') {
        b += 2;
        e -= 2;
    } else if (e - b >= 2 && m_s[b] == '"' && m_s[e - 1] == '"') {
        ++b;
        --e;
    }
    return QByteArrayView(m_s + b, e - b);
}

void Scanner::scanList(qsizetype start, char separator, bool inParens, QVarLengthArray<VrpParameter, 12> &out) const
{
    qsizetype i = start;
    while (out.size() < VrpParameterScanner::MaxParameters) {
        i = skipSpaces(i);
        const qsizetype end = keyEnd(i, separator, true);
        if (end < 0)
            return;
        qsizetype keyStop = end;
        while (keyStop > i && isSpace(m_s[keyStop - 1]))
            --keyStop;
        const Value value = scanValue(end + 1, separator, inParens);
        out.append(VrpParameter{QByteArrayView(m_s + i, keyStop - i), cleanValue(value, inParens)});
        if (value.last)
            return;
        i = value.next;
    }
}

} // namespace

void VrpParameterScanner::scan(QByteArrayView text, QVarLengthArray<VrpParameter, 12> &out)
{
    out.clear();
    const Scanner scanner(text.data(), text.size());
    qsizetype start = 0;
    char separator = '=';
    bool inParens = false;
    if (scanner.findStart(start, separator, inParens))
        scanner.scanList(start, separator, inParens, out);
}

void VrpLineParser::parseParameters(QByteArrayView text, QVarLengthArray<VrpParameter, 12> &out)
{
    VrpParameterScanner::scan(text, out);
}

} // namespace LogSage
