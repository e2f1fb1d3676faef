#pragma once

#include "lineindex.h"
#include "linetypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <memory>

namespace LogSage {

class LogDocumentPrivate;

/// One opened log file: its bytes (mapped or decompressed), its encoding, and the line index
/// built on worker threads. Lines are usable as soon as lineCount() grows; signals tell progress.
/// Plain files are memory-mapped; .gz, .bz2, .xz and .zip files are decompressed in memory
/// (a zip gives every file inside, sorted by path, each after a line `==> MEMBER <==`);
/// UTF-16 files are converted to UTF-8, so lineBytes() and decode() then work on UTF-8.
/// Accessors may be called from any thread; views from lineBytes() stay valid until the next
/// open() or reset().
class LogDocument : public QObject
{
    Q_OBJECT
public:
    enum class Encoding { Utf8, Gb18030, Utf16LE, Utf16BE, Latin1 };
    Q_ENUM(Encoding)

    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override;

    /// Starts opening and indexing `path`. Returns false, with errorString() set to a sentence
    /// that names the file, when it cannot be opened at all.
    bool open(const QString &path);
    void cancel();                       ///< stops indexing; lines indexed so far stay usable
    bool isIndexing() const;
    void setFollowing(bool follow);      ///< watch a growing file and index what is appended
    bool isFollowing() const;

    QString path() const;
    QString errorString() const;
    Encoding encoding() const;
    QString encodingName() const;
    qint64 sizeInBytes() const;

    LineCount lineCount() const;
    QByteArrayView lineBytes(LineNumber line) const; ///< raw bytes without the line end
    QString lineText(LineNumber line) const;         ///< decoded; invalid bytes become U+FFFD
    QString decode(QByteArrayView bytes) const;      ///< decodes bytes of this file
    LineRecord record(LineNumber line) const;

    QByteArray messageTypeName(quint16 type) const;  ///< "MODULE/SEV/BRIEF", empty for 0
    int messageTypeCount() const;                    ///< ids are 1..count
    QByteArray hostName(quint16 host) const;
    int hostCount() const;
    qint64 timeBase() const; ///< wall-clock msecs that LineRecord::time counts seconds from

    /// A consistent, lock-free view of the index for workers (search, filter, analysis).
    IndexSnapshot snapshot() const;
    qint64 indexMemoryBytes() const; ///< heap held by the index: blocks, their list and names

Q_SIGNALS:
    void linesAdded(LineCount total);      ///< new lines are indexed (throttled)
    void progress(int permille);
    void indexingFinished(bool cancelled);
    void reset(const QString &reason);     ///< truncated or rotated: re-indexing from scratch
                                           ///< (message-type and host ids keep their meaning)
    void opened(const QString &path);      ///< open() was called: lines and ids of the file before are gone
    void failed(const QString &message);   ///< a sentence naming the file and what to do

private:
    std::unique_ptr<LogDocumentPrivate> d;
};

} // namespace LogSage
