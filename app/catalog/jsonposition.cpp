#include "jsonposition.h"

namespace LogSage {

TextPosition positionAt(QByteArrayView data, qsizetype offset)
{
    TextPosition position{1, 1};
    const qsizetype end = qBound(qsizetype(0), offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // UTF-8 continuation bytes belong to the previous character
            ++position.column;
        }
    }
    return position;
}

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Skips a string starting at data[i] == '"'; returns the index after the closing quote.
qsizetype skipString(QByteArrayView data, qsizetype i)
{
    for (++i; i < data.size(); ++i) {
        if (data[i] == '\\')
            ++i;
        else if (data[i] == '"')
            return i + 1;
    }
    return data.size();
}

} // namespace

QList<qsizetype> topLevelArrayElementOffsets(QByteArrayView data, QByteArrayView member)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool inTarget = false;
    bool expectElement = false;
    QByteArrayView lastKey;
    for (qsizetype i = 0; i < data.size();) {
        const char c = data[i];
        if (isJsonSpace(c)) {
            ++i;
            continue;
        }
        if (inTarget && depth == 2 && expectElement && c != ']') {
            offsets.append(i);
            expectElement = false;
        }
        if (c == '"') {
            const qsizetype end = skipString(data, i);
            if (depth == 1)
                lastKey = data.sliced(i + 1, qMax(qsizetype(0), end - i - 2));
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
            if (depth == 2 && c == '[' && lastKey == member) {
                inTarget = true;
                expectElement = true;
            }
        } else if (c == '}' || c == ']') {
            if (depth == 2 && inTarget)
                return offsets;
            --depth;
        } else if (c == ',' && inTarget && depth == 2) {
            expectElement = true;
        } else if (c == ',' && depth == 1) {
            lastKey = {};
        }
        ++i;
    }
    return offsets;
}

} // namespace LogSage
