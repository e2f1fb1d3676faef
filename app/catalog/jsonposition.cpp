#include "jsonposition.h"

#include <algorithm>
#include <numeric>

namespace LogSage {

TextPosition positionAt(QByteArrayView data, qsizetype offset)
{
    return positionsAt(data, {offset}).constFirst();
}

QList<TextPosition> positionsAt(QByteArrayView data, const QList<qsizetype> &offsets)
{
    QList<qsizetype> order(offsets.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return offsets[a] < offsets[b]; });
    QList<TextPosition> positions(offsets.size());
    TextPosition position{1, 1};
    qsizetype i = 0;
    for (const qsizetype index : order) {
        const qsizetype end = qBound(i, offsets[index], data.size());
        for (; i < end; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            if (byte == '\n') {
                ++position.line;
                position.column = 1;
            } else if ((byte & 0xC0) != 0x80) { // UTF-8 continuation bytes belong to the previous character
                ++position.column;
            }
        }
        positions[index] = position;
    }
    return positions;
}

} // namespace LogSage
