#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <vector>

namespace LogSage {

/// Where a value sits in a JSON document, e.g. entries[3].causes[1].when: a chain of stack
/// objects, rendered to text only when a problem is reported.
struct JsonPath {
    const JsonPath *parent = nullptr;
    QLatin1StringView key;
    qsizetype index = -1;

    JsonPath child(QLatin1StringView name) const { return {this, name, -1}; }
    JsonPath at(qsizetype i) const { return {this, {}, i}; }
    QString toString() const;
};

/// A forward-only reader of UTF-8 JSON text that hands out values as it meets them, so a large
/// catalog becomes entries without building a document first (QJsonDocument is too slow for
/// 10,000 entries in 100 ms). Positions are byte offsets. The first syntax error sticks: after
/// it every call returns false or an empty value, and errorMessage()/errorOffset() say what and where.
class JsonCursor
{
public:
    enum class Type : quint8 { Object, Array, String, Number, Bool, Null, Invalid };

    /// Reads `data` from byte `start` (e.g. to come back to a value that was skipped).
    explicit JsonCursor(QByteArrayView data, qsizetype start = 0);

    /// The type of the next value (whitespace skipped); Invalid at the end of the data or after an error.
    Type peek();
    /// Where the next value starts; call after peek().
    qsizetype offset() const { return m_pos; }

    /// Consumes '{' (or ']'); then call nextKey() (or nextElement()) until it returns false.
    bool enterObject();
    bool enterArray();
    /// Reads the next member's key and its ':'; false after the closing '}' or on an error. The
    /// caller then reads or skips the member's value. `key` stays valid until the next call.
    bool nextKey(QByteArrayView *key);
    /// True when another element follows (the caller reads or skips it); false after the ']'.
    bool nextElement();

    QString readString();
    bool readBool();
    double readNumber();
    /// Skips the next value, whatever it is.
    void skip();
    /// True when only whitespace is left; otherwise records an error.
    bool finish();

    /// Where an array may be cut in two for reading on two threads: at `comma`, the ',' before the
    /// element with index `index` (the first one that starts at or after the byte asked for);
    /// `close` is the array's ']'. comma is -1 when the array is not well formed as far as brackets
    /// and strings go; the parser proper then reads it in one piece and says what is wrong.
    struct ArraySplit {
        qsizetype comma = -1;
        qsizetype index = 0;
        qsizetype close = -1;
    };
    /// Looks only at brackets, commas and strings, at memchr speed, from the '[' at `open`.
    static ArraySplit splitArray(QByteArrayView data, qsizetype open, qsizetype middle);
    /// Continues inside an array at the ',' of a split (this cursor started at ArraySplit::comma).
    void resumeInArray() { m_first.push_back(false); }
    /// Moves to `offset` at the same nesting (the ']' of a split array whose rest another cursor read).
    void jumpTo(qsizetype offset) { m_pos = offset; }

    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

private:
    void fail(const QString &message, qsizetype offset);
    void fail(const QString &message) { fail(message, m_pos); }
    void skipSpace();
    bool enter(char open);
    bool next(char close);
    bool scanString(QByteArrayView *raw, bool *escaped);
    bool decodeEscapes(QByteArrayView raw, QByteArray *out);
    bool literal(QByteArrayView word);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    std::vector<bool> m_first; ///< per open object/array: no member read yet
    QByteArray m_keyBuffer;    ///< a key with escapes, decoded
    bool m_failed = false;
    QString m_error;
    qsizetype m_errorOffset = 0;
};

} // namespace LogSage
