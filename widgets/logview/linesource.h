#pragma once

#include "linetypes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace LogSage {

class LogDocument;

/// What the log view shows: the whole file or a filtered subset. View rows are 0-based and
/// dense; originalLine() maps a row back to its line in the file.
class LineSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    quint64 rowCount() const { return doRowCount(); }
    QString text(quint64 row) const { return doText(row); }
    LineNumber originalLine(quint64 row) const { return doOriginalLine(row); }
    LineRecord record(quint64 row) const { return doRecord(row); }
    /// The row showing `line`, or the nearest shown row after it (rowCount() when none).
    quint64 rowForLine(LineNumber line) const { return doRowForLine(line); }
    /// The document whose lines the rows show.
    const LogDocument *document() const { return doDocument(); }
    /// Maps a row to its file line (past the document's end when the row is gone), callable on a
    /// worker thread for as long as this source's data lives (RowSearch uses it).
    using RowToLine = std::function<quint64(quint64 row)>;
    RowToLine rowToLine() const { return doRowToLine(); }

Q_SIGNALS:
    void rowsAppended(quint64 total); ///< more rows at the end (indexing or following)
    void rowsReset();                 ///< everything changed (new filter, re-index)

protected:
    virtual quint64 doRowCount() const = 0;
    virtual QString doText(quint64 row) const = 0;
    virtual LineNumber doOriginalLine(quint64 row) const = 0;
    virtual LineRecord doRecord(quint64 row) const = 0;
    virtual quint64 doRowForLine(LineNumber line) const = 0;
    virtual const LogDocument *doDocument() const = 0;
    virtual RowToLine doRowToLine() const = 0;
};

/// Every line of a LogDocument, rows growing while it is indexed.
class DocumentLineSource : public LineSource
{
    Q_OBJECT
public:
    explicit DocumentLineSource(const LogDocument *document, QObject *parent = nullptr);

protected:
    quint64 doRowCount() const override;
    QString doText(quint64 row) const override;
    LineNumber doOriginalLine(quint64 row) const override;
    LineRecord doRecord(quint64 row) const override;
    quint64 doRowForLine(LineNumber line) const override;
    const LogDocument *doDocument() const override { return m_document; }
    RowToLine doRowToLine() const override;

private:
    const LogDocument *m_document;
};

class FilteredLines;

/// The lines of a document that pass a filter, rows growing while the search streams in.
class FilteredLineSource : public LineSource
{
    Q_OBJECT
public:
    explicit FilteredLineSource(const FilteredLines *lines, QObject *parent = nullptr);
    const FilteredLines *lines() const { return m_lines; }

protected:
    quint64 doRowCount() const override;
    QString doText(quint64 row) const override;
    LineNumber doOriginalLine(quint64 row) const override;
    LineRecord doRecord(quint64 row) const override;
    quint64 doRowForLine(LineNumber line) const override;
    const LogDocument *doDocument() const override;
    RowToLine doRowToLine() const override;

private:
    const FilteredLines *m_lines;
};

} // namespace LogSage
