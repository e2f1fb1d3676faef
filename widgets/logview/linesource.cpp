#include "linesource.h"

#include "filteredlines.h"
#include "logdocument.h"

#include <algorithm>

namespace LogSage {

DocumentLineSource::DocumentLineSource(const LogDocument *document, QObject *parent)
    : LineSource(parent)
    , m_document(document)
{
    connect(document, &LogDocument::linesAdded, this, [this](LineCount total) { Q_EMIT rowsAppended(total.value); });
    connect(document, &LogDocument::reset, this, &LineSource::rowsReset);
}

quint64 DocumentLineSource::doRowCount() const
{
    return m_document->lineCount().value;
}

QString DocumentLineSource::doText(quint64 row) const
{
    return m_document->lineText(LineNumber(row));
}

LineNumber DocumentLineSource::doOriginalLine(quint64 row) const
{
    return LineNumber(row);
}

LineRecord DocumentLineSource::doRecord(quint64 row) const
{
    return m_document->record(LineNumber(row));
}

quint64 DocumentLineSource::doRowForLine(LineNumber line) const
{
    return std::min(line.value, doRowCount());
}

LineSource::RowToLine DocumentLineSource::doRowToLine() const
{
    return [](quint64 row) { return row; };
}

FilteredLineSource::FilteredLineSource(const FilteredLines *lines, QObject *parent)
    : LineSource(parent)
    , m_lines(lines)
{
    connect(lines, &FilteredLines::linesAdded, this, [this](LineCount total) { Q_EMIT rowsAppended(total.value); });
    connect(lines, &FilteredLines::reset, this, &LineSource::rowsReset);
}

quint64 FilteredLineSource::doRowCount() const
{
    return m_lines->lineCount().value;
}

QString FilteredLineSource::doText(quint64 row) const
{
    return m_lines->lineText(LineNumber(row));
}

LineNumber FilteredLineSource::doOriginalLine(quint64 row) const
{
    return m_lines->originalLine(LineNumber(row));
}

LineRecord FilteredLineSource::doRecord(quint64 row) const
{
    return m_lines->record(LineNumber(row));
}

quint64 FilteredLineSource::doRowForLine(LineNumber line) const
{
    return m_lines->filteredLineAtOrAfter(line).value;
}

const LogDocument *FilteredLineSource::doDocument() const
{
    return m_lines->document();
}

LineSource::RowToLine FilteredLineSource::doRowToLine() const
{
    // FilteredLines' accessors lock: safe on a worker while the object lives.
    return [lines = m_lines](quint64 row) { return lines->originalLine(LineNumber(row)).value; };
}

} // namespace LogSage
