#pragma once

#include <QByteArrayView>
#include <QList>

namespace LogSage {

/// A 1-based line and column in a text file (columns count characters, not bytes).
struct TextPosition {
    int line = 0;
    int column = 0;
};

/// The line and column of byte `offset` in UTF-8 `data` (e.g. a QJsonParseError::offset).
TextPosition positionAt(QByteArrayView data, qsizetype offset);

/// Byte offsets of the elements of the array held by member `member` of the top-level object of
/// the (already validated) JSON `data`, so problems in an element can name its line.
QList<qsizetype> topLevelArrayElementOffsets(QByteArrayView data, QByteArrayView member);

} // namespace LogSage
