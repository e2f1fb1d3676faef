#include "linesearch.h"

#include "encodingdetector.h"
#include "logdocument.h"
#include "orderedwork.h"

#include <QStringDecoder>

#include <algorithm>

namespace LogSage {

namespace {
constexpr quint32 RecordUnitLines = 65536; // records only: a unit is cheap
constexpr quint32 TextUnitLines = 8192;    // decoded text of a unit: about a megabyte

// Removes the '\r' of each "\r\n", so that lines are exactly the '\n'-separated parts.
void dropCarriageReturns(QString &text)
{
    if (!text.contains(u'\r'))
        return;
    QChar *out = text.data();
    const QChar *in = text.constData();
    const QChar *end = in + text.size();
    for (; in != end; ++in) {
        if (*in == u'\r' && in + 1 != end && in[1] == u'\n')
            continue;
        *out++ = *in;
    }
    text.truncate(out - text.constData());
}
}

LineSearch::LineSearch(const LogDocument &document, const LineFilter &filter, quint64 from, Found found,
                       Finished finished)
    : m_snapshot(document.snapshot())
    , m_filter(filter, document)
{
    const quint32 unitLines = m_filter.hasTextCriterion() ? TextUnitLines : RecordUnitLines;
    for (qsizetype b = 0; b < qsizetype(m_snapshot.blocks.size()); ++b) {
        const LineBlock &block = *m_snapshot.blocks[std::size_t(b)];
        if (block.firstLine + block.count <= from)
            continue;
        quint32 first = from > block.firstLine ? quint32(from - block.firstLine) : 0;
        while (first < block.count) {
            const quint32 count = std::min(unitLines, block.count - first);
            m_units.push_back({b, first, count});
            first += count;
        }
    }
    if (!m_filter.isValid())
        m_units.clear();
    const LogDocument::Encoding encoding = document.encoding();
    m_work = OrderedWork<std::vector<quint64>>::start(
        qsizetype(m_units.size()),
        [this, encoding](qsizetype i, const std::atomic<bool> &) { return searchUnit(m_units[std::size_t(i)], encoding); },
        [this, found = std::move(found)](qsizetype i, std::vector<quint64> &&lines) {
            const Unit &unit = m_units[std::size_t(i)];
            found(std::move(lines), m_snapshot.blocks[std::size_t(unit.block)]->firstLine + unit.first + unit.count);
        },
        std::move(finished));
}

LineSearch::~LineSearch()
{
    cancel();
    wait();
}

void LineSearch::cancel()
{
    m_work->cancel();
}

void LineSearch::wait()
{
    m_work->wait();
}

QString LineSearch::errorString() const
{
    return m_filter.errorString();
}

std::vector<quint64> LineSearch::searchUnit(const Unit &unit, LogDocument::Encoding encoding) const
{
    std::vector<quint64> found;
    const LineBlock &block = *m_snapshot.blocks[std::size_t(unit.block)];
    const LineRecord *records = block.records.get() + unit.first;
    const quint64 firstLine = block.firstLine + unit.first;
    if (!m_filter.hasTextCriterion()) {
        // Two branch-free passes (matches are scattered, so a branch per line mispredicts): count,
        // then write into a vector of exactly that size, so no result is copied or over-allocated.
        quint32 n = 0;
        for (quint32 i = 0; i < unit.count; ++i)
            n += m_filter.matchesRecord(records[i]) ? 1 : 0;
        if (n == 0)
            return found;
        found.resize(std::size_t(n) + 1); // one spare slot: every line is written, only matches advance
        quint64 *out = found.data();
        quint32 k = 0;
        for (quint32 i = 0; i < unit.count; ++i) {
            out[k] = firstLine + i;
            k += m_filter.matchesRecord(records[i]) ? 1 : 0;
        }
        found.pop_back();
        return found;
    }
    if (m_filter.checksRecords()
        && std::none_of(records, records + unit.count, [this](const LineRecord &r) { return m_filter.matchesRecord(r); })) {
        return found; // nothing to decode
    }
    const quint64 start = block.lineStart(unit.first);
    const quint64 end = m_snapshot.lineEnd(unit.block, unit.first + unit.count - 1);
    if (m_filter.searchesBytes()) {
        searchBytes(unit, start, end, encoding, found);
        return found;
    }
    QStringDecoder decoder = EncodingDetector::decoder(encoding);
    QString text = decoder.decode(QByteArrayView(m_snapshot.data + start, qsizetype(end - start)));
    if (encoding == LogDocument::Encoding::Gb18030 && text.count(u'\n') != qsizetype(unit.count) - 1) {
        // A broken multi-byte sequence swallowed a line end: decode line by line instead.
        text.clear();
        for (quint32 i = 0; i < unit.count; ++i) {
            const quint64 s = block.lineStart(unit.first + i);
            const quint64 e = m_snapshot.lineEnd(unit.block, unit.first + i);
            QStringDecoder lineDecoder = EncodingDetector::decoder(encoding);
            QString line = lineDecoder.decode(QByteArrayView(m_snapshot.data + s, qsizetype(e - s)));
            line.replace(u'\n', QChar::ReplacementCharacter);
            if (i > 0)
                text += u'\n';
            text += line;
        }
    }
    dropCarriageReturns(text);
    m_filter.matchText(text, firstLine, records, unit.count, found);
    return found;
}

// Plain ASCII text is found in the raw bytes, without decoding; each hit is mapped to its
// line through the block's offsets, and the search goes on at the next line.
void LineSearch::searchBytes(const Unit &unit, quint64 start, quint64 end, LogDocument::Encoding encoding,
                             std::vector<quint64> &found) const
{
    const LineBlock &block = *m_snapshot.blocks[std::size_t(unit.block)];
    const quint32 *offsets = block.offsets.get() + unit.first;
    const LineRecord *records = block.records.get() + unit.first;
    const char *data = m_snapshot.data;
    const bool confirm = CompiledFilter::bytesNeedConfirming(encoding);
    const char *from = data + start;
    const char *to = data + end;
    while (const char *hit = m_filter.findBytes(from, to)) {
        const auto relative = quint32(quint64(hit - data) - block.base);
        const quint32 i = quint32(std::upper_bound(offsets, offsets + unit.count, relative) - offsets) - 1;
        if (m_filter.matchesRecord(records[i])) {
            bool matches = true;
            if (confirm) {
                const quint64 lineStart = block.lineStart(unit.first + i);
                const quint64 lineEnd = m_snapshot.lineEnd(unit.block, unit.first + i);
                QStringDecoder decoder = EncodingDetector::decoder(encoding);
                const QString line = decoder.decode(QByteArrayView(data + lineStart, qsizetype(lineEnd - lineStart)));
                matches = m_filter.lineTextMatches(line);
            }
            if (matches)
                found.push_back(block.firstLine + unit.first + i);
        }
        if (i + 1 >= unit.count)
            break;
        from = data + block.lineStart(unit.first + i + 1);
    }
}

std::vector<quint64> LineSearch::findAll(const LogDocument &document, const LineFilter &filter)
{
    // Units arrive in order; joining them once at the end copies each result once, where growing
    // one vector would copy (and fault in) the millions of matches of a broad filter several times.
    std::vector<std::vector<quint64>> parts;
    std::size_t total = 0;
    LineSearch search(document, filter, 0, [&parts, &total](std::vector<quint64> &&lines, quint64) {
        total += lines.size();
        parts.push_back(std::move(lines));
    }, {});
    search.wait();
    if (parts.size() == 1)
        return std::move(parts.front());
    std::vector<quint64> all;
    all.reserve(total);
    for (const std::vector<quint64> &part : parts)
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

} // namespace LogSage
