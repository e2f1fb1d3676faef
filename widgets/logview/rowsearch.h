#pragma once

#include "linefilter.h"
#include "linetypes.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

namespace LogSage {

class LineSource;

/// What a row search looks for: a line whose record passes `record` (when set; called on a worker
/// thread, so it must capture values only) and whose text matches `text` (its text or regular
/// expression and case sensitivity; the other criteria of a LineFilter are ignored).
struct RowQuery {
    std::function<bool(const LineRecord &)> record;
    LineFilter text;
};

/// Finds the nearest row of a LineSource after (or before) a start row that matches a RowQuery,
/// away from the GUI thread: the first rows are tried at once, the rest on a worker thread that
/// reads the document's index snapshot and matches raw bytes where it can (CompiledFilter).
/// One search at a time: starting another, or cancel(), stops the running one.
class RowSearch : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Found, NotFound, Stopped };
    Q_ENUM(Outcome)

    explicit RowSearch(QObject *parent = nullptr);
    ~RowSearch() override; ///< stops the worker and waits for it

    /// Searches the rows of `source` after `from` (forward) or before it (backward). finished()
    /// may come before this returns, when a near row matches. False, with errorString() set and
    /// nothing emitted, when the query's regular expression is invalid. The source's rows must
    /// stay valid until finished() or cancel() (call cancel() before changing or destroying it).
    bool start(const LineSource &source, quint64 from, bool forward, const RowQuery &query);
    /// Stops a running search and waits for its worker; finished(Stopped) follows at once.
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    QString errorString() const { return m_error; }

    /// Rows tried on the GUI thread before the worker takes over; by default a number that takes
    /// a few milliseconds (tests set 0 to have every search run on the worker).
    void setImmediateRows(quint64 rows) { m_immediateRows = rows; }

Q_SIGNALS:
    /// The search is over; `row` is the row found (Found only).
    void finished(LogSage::RowSearch::Outcome outcome, quint64 row);
    /// A long search goes on: the part of the rows searched, in permille. First sent after 200 ms.
    void progress(int permille);

private:
    struct Job;
    void finish(Outcome outcome, quint64 row);
    void onWorkerDone(const std::shared_ptr<Job> &job, bool found, quint64 row);

    QThreadPool m_pool;
    QTimer m_ticker;
    std::shared_ptr<Job> m_job;
    quint64 m_immediateRows = quint64(-1); // automatic
    QString m_error;
};

} // namespace LogSage
