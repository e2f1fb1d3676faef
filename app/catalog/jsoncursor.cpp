#include "jsoncursor.h"

#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr std::size_t maximumDepth = 256; // untrusted input must not exhaust the stack in skip()

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
}

} // namespace

QString JsonPath::toString() const
{
    const QString base = parent ? parent->toString() : QString();
    if (index >= 0)
        return base + u'[' + QString::number(index) + u']';
    if (key.isEmpty())
        return base;
    return base.isEmpty() ? QString(key) : base + u'.' + key;
}

JsonCursor::JsonCursor(QByteArrayView data, qsizetype start) : m_data(data), m_pos(start)
{
    if (m_pos == 0 && m_data.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as some editors write
        m_pos = 3;
}

void JsonCursor::fail(const QString &message, qsizetype offset)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = message;
    m_errorOffset = offset;
}

void JsonCursor::skipSpace()
{
    while (m_pos < m_data.size() && isSpace(m_data[m_pos]))
        ++m_pos;
}

JsonCursor::Type JsonCursor::peek()
{
    if (m_failed)
        return Type::Invalid;
    skipSpace();
    if (m_pos >= m_data.size())
        return Type::Invalid;
    switch (m_data[m_pos]) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        return Type::Number;
    default:
        return Type::Invalid;
    }
}

bool JsonCursor::enter(char open)
{
    if (m_failed)
        return false;
    skipSpace();
    if (m_pos >= m_data.size() || m_data[m_pos] != open) {
        fail(open == '{' ? u"expected an object"_s : u"expected an array"_s);
        return false;
    }
    if (m_first.size() >= maximumDepth) {
        fail(u"nested too deeply"_s);
        return false;
    }
    ++m_pos;
    m_first.push_back(true);
    return true;
}

bool JsonCursor::enterObject()
{
    return enter('{');
}

bool JsonCursor::enterArray()
{
    return enter('[');
}

bool JsonCursor::next(char close)
{
    if (m_failed || m_first.empty())
        return false;
    skipSpace();
    if (m_pos >= m_data.size()) {
        fail(close == '}' ? u"the object is not closed"_s : u"the array is not closed"_s);
        return false;
    }
    if (m_data[m_pos] == close) {
        ++m_pos;
        m_first.pop_back();
        return false;
    }
    if (m_first.back()) {
        m_first.back() = false;
        return true;
    }
    if (m_data[m_pos] != ',') {
        fail(close == '}' ? u"expected ',' or '}'"_s : u"expected ',' or ']'"_s);
        return false;
    }
    ++m_pos;
    skipSpace();
    if (m_pos < m_data.size() && m_data[m_pos] == close) {
        fail(u"a comma before '%1' is not allowed"_s.arg(QLatin1Char(close)));
        return false;
    }
    return true;
}

bool JsonCursor::nextKey(QByteArrayView *key)
{
    if (!next('}'))
        return false;
    if (m_pos >= m_data.size() || m_data[m_pos] != '"') {
        fail(u"expected a quoted member name"_s);
        return false;
    }
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(&raw, &escaped))
        return false;
    if (escaped) {
        if (!decodeEscapes(raw, &m_keyBuffer))
            return false;
        *key = m_keyBuffer;
    } else {
        *key = raw;
    }
    skipSpace();
    if (m_pos >= m_data.size() || m_data[m_pos] != ':') {
        fail(u"expected ':' after the member name"_s);
        return false;
    }
    ++m_pos;
    return true;
}

bool JsonCursor::nextElement()
{
    return next(']');
}

bool JsonCursor::scanString(QByteArrayView *raw, bool *escaped)
{
    const qsizetype start = ++m_pos; // after the opening quote
    *escaped = false;
    const char *data = m_data.data();
    const qsizetype size = m_data.size();
    while (m_pos < size) {
        const auto c = static_cast<unsigned char>(data[m_pos]);
        if (c == '"') {
            *raw = m_data.sliced(start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            *escaped = true;
            m_pos += 2;
            continue;
        }
        if (c < 0x20) {
            fail(u"a control character in a string must be escaped"_s);
            return false;
        }
        ++m_pos;
    }
    fail(u"the string is not closed"_s, start - 1);
    return false;
}

bool JsonCursor::decodeEscapes(QByteArrayView raw, QByteArray *out)
{
    out->clear();
    out->reserve(raw.size());
    const qsizetype base = m_pos - raw.size() - 1; // offset of raw[0]
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out->append(c);
            continue;
        }
        if (++i >= raw.size()) {
            fail(u"a string ends in a backslash"_s, base + i);
            return false;
        }
        switch (raw[i]) {
        case '"': out->append('"'); break;
        case '\\': out->append('\\'); break;
        case '/': out->append('/'); break;
        case 'b': out->append('\b'); break;
        case 'f': out->append('\f'); break;
        case 'n': out->append('\n'); break;
        case 'r': out->append('\r'); break;
        case 't': out->append('\t'); break;
        case 'u': {
            auto readHex = [&](qsizetype at) -> int {
                if (at + 4 > raw.size())
                    return -1;
                int value = 0;
                for (qsizetype k = at; k < at + 4; ++k) {
                    const int digit = hexValue(raw[k]);
                    if (digit < 0)
                        return -1;
                    value = value * 16 + digit;
                }
                return value;
            };
            const int unit = readHex(i + 1);
            if (unit < 0) {
                fail(u"\\u needs four hexadecimal digits"_s, base + i);
                return false;
            }
            i += 4;
            char32_t code = char32_t(unit);
            if (unit >= 0xD800 && unit <= 0xDBFF && i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                const int low = readHex(i + 3);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    i += 6;
                }
            }
            if (code >= 0xD800 && code <= 0xDFFF)
                code = 0xFFFD; // a lone surrogate
            appendUtf8(*out, code);
            break;
        }
        default:
            fail(u"unknown escape \\%1"_s.arg(QLatin1Char(raw[i])), base + i - 1);
            return false;
        }
    }
    return true;
}

QString JsonCursor::readString()
{
    if (peek() != Type::String) {
        fail(u"expected a string"_s);
        return {};
    }
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(&raw, &escaped))
        return {};
    if (!escaped)
        return QString::fromUtf8(raw);
    QByteArray decoded;
    if (!decodeEscapes(raw, &decoded))
        return {};
    return QString::fromUtf8(decoded);
}

bool JsonCursor::literal(QByteArrayView word)
{
    if (m_data.sliced(m_pos).startsWith(word)) {
        m_pos += word.size();
        return true;
    }
    fail(u"unknown word; expected true, false, null, a number, a string, an object or an array"_s);
    return false;
}

bool JsonCursor::readBool()
{
    if (peek() != Type::Bool) {
        fail(u"expected true or false"_s);
        return false;
    }
    if (m_data[m_pos] == 't')
        return literal("true");
    literal("false");
    return false;
}

double JsonCursor::readNumber()
{
    if (peek() != Type::Number) {
        fail(u"expected a number"_s);
        return 0;
    }
    const qsizetype start = m_pos;
    auto digits = [&] {
        const qsizetype from = m_pos;
        while (m_pos < m_data.size() && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
            ++m_pos;
        return m_pos > from;
    };
    if (m_data[m_pos] == '-')
        ++m_pos;
    if (m_pos < m_data.size() && m_data[m_pos] == '0')
        ++m_pos;
    else if (!digits()) {
        fail(u"a number needs digits"_s, start);
        return 0;
    }
    if (m_pos < m_data.size() && m_data[m_pos] == '.') {
        ++m_pos;
        if (!digits()) {
            fail(u"a number needs digits after '.'"_s, start);
            return 0;
        }
    }
    if (m_pos < m_data.size() && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_data.size() && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (!digits()) {
            fail(u"a number needs digits in its exponent"_s, start);
            return 0;
        }
    }
    return QByteArray(m_data.sliced(start, m_pos - start)).toDouble();
}

void JsonCursor::skip()
{
    switch (peek()) {
    case Type::Object: {
        if (!enterObject())
            return;
        QByteArrayView key;
        while (nextKey(&key))
            skip();
        return;
    }
    case Type::Array:
        if (!enterArray())
            return;
        while (nextElement())
            skip();
        return;
    case Type::String: {
        QByteArrayView raw;
        bool escaped = false;
        if (scanString(&raw, &escaped) && escaped) {
            QByteArray ignored;
            decodeEscapes(raw, &ignored); // reports bad escapes
        }
        return;
    }
    case Type::Number:
        readNumber();
        return;
    case Type::Bool:
        readBool();
        return;
    case Type::Null:
        literal("null");
        return;
    case Type::Invalid:
        if (!m_failed)
            fail(m_pos >= m_data.size() ? u"the data ends where a value should be"_s : u"expected a value"_s);
        return;
    }
}

bool JsonCursor::finish()
{
    if (m_failed)
        return false;
    skipSpace();
    if (m_pos < m_data.size()) {
        fail(u"unexpected text after the end of the document"_s);
        return false;
    }
    return true;
}

JsonCursor::ArraySplit JsonCursor::splitArray(QByteArrayView data, qsizetype open, qsizetype middle)
{
    ArraySplit split;
    const char *text = data.data();
    const qsizetype size = data.size();
    if (open < 0 || open >= size || text[open] != '[')
        return {};
    int depth = 0;
    qsizetype index = 0;
    for (qsizetype i = open; i < size; ++i) {
        switch (text[i]) {
        case '"':
            // To the closing quote: one that follows an even number of backslashes.
            for (;;) {
                const void *quote = std::memchr(text + i + 1, '"', std::size_t(size - i - 1));
                if (!quote)
                    return {};
                i = static_cast<const char *>(quote) - text;
                qsizetype backslashes = 0;
                while (text[i - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
            break;
        case '[':
        case '{':
            ++depth;
            break;
        case ']':
        case '}':
            if (--depth == 0) {
                if (text[i] != ']' || split.comma < 0)
                    return {};
                split.close = i;
                return split;
            }
            if (depth < 0)
                return {};
            break;
        case ',':
            if (depth == 1) {
                ++index;
                if (split.comma < 0 && i >= middle) {
                    split.comma = i;
                    split.index = index;
                }
            }
            break;
        default:
            break;
        }
    }
    return {};
}

} // namespace LogSage
