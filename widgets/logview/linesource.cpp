#include "linesource.h"

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

} // namespace LogSage
