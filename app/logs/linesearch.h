#pragma once

#include "linefilter.h"
#include "lineindex.h"
#include "logdocument.h"

#include <functional>
#include <memory>
#include <vector>

namespace LogSage {

template<typename Result>
class OrderedWork;

/// Finds the lines of a document that pass a LineFilter, on worker threads, and hands the
/// original line numbers over in file order, piece by piece, while the search goes on.
class LineSearch
{
public:
    /// Matching lines of one piece, and the line number the search has reached.
    using Found = std::function<void(std::vector<quint64> &&lines, quint64 searchedUpTo)>;
    using Finished = std::function<void(bool cancelled)>;

    /// Starts searching lines [from, lineCount) of the document's index as it is now. The
    /// callbacks run on worker threads, one at a time, in order. An invalid regular
    /// expression finds nothing and finishes at once.
    LineSearch(const LogDocument &document, const LineFilter &filter, quint64 from, Found found, Finished finished);
    ~LineSearch(); ///< cancels and waits for the workers
    LineSearch(const LineSearch &) = delete;
    LineSearch &operator=(const LineSearch &) = delete;

    void cancel();
    void wait();                 ///< blocks until the workers are done
    quint64 end() const { return m_snapshot.lineCount; } ///< lines searched up to, once done
    QString errorString() const; ///< set when the filter cannot be used (bad expression)

    /// Blocking convenience for tools and tests: every matching line of the document.
    static std::vector<quint64> findAll(const LogDocument &document, const LineFilter &filter);

private:
    struct Unit {
        qsizetype block;
        quint32 first;
        quint32 count;
    };
    std::vector<quint64> searchUnit(const Unit &unit, LogDocument::Encoding encoding) const;
    void searchBytes(const Unit &unit, quint64 start, quint64 end, LogDocument::Encoding encoding,
                     std::vector<quint64> &found) const;

    IndexSnapshot m_snapshot;
    CompiledFilter m_filter;
    std::vector<Unit> m_units;
    std::shared_ptr<OrderedWork<std::vector<quint64>>> m_work;
};

} // namespace LogSage
