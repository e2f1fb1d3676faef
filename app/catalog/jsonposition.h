#pragma once

#include <QByteArrayView>
#include <QList>

namespace LogSage {

/// A 1-based line and column in a text file (columns count characters, not bytes).
struct TextPosition {
    int line = 0;
    int column = 0;
};

/// The line and column of byte `offset` in UTF-8 `data` (e.g. where a JSON syntax error is).
TextPosition positionAt(QByteArrayView data, qsizetype offset);

/// The positions of byte `offsets` (in any order) in `data`, found in one pass over the data.
QList<TextPosition> positionsAt(QByteArrayView data, const QList<qsizetype> &offsets);

} // namespace LogSage
