#include "jsonposition.h"

namespace LogSage {

TextPosition positionAt(QByteArrayView data, qsizetype offset)
{
    return positionsAt(data, {offset}).constFirst();
}

QList<TextPosition> positionsAt(QByteArrayView data, const QList<qsizetype> &offsets)
{
    QList<TextPosition> positions;
    positions.reserve(offsets.size());
    TextPosition position{1, 1};
    qsizetype i = 0;
    for (const qsizetype offset : offsets) {
        const qsizetype end = qBound(i, offset, data.size());
        for (; i < end; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            if (byte == '\n') {
                ++position.line;
                position.column = 1;
            } else if ((byte & 0xC0) != 0x80) { // UTF-8 continuation bytes belong to the previous character
                ++position.column;
            }
        }
        positions.append(position);
    }
    return positions;
}

} // namespace LogSage
