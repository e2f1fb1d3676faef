#pragma once

#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace LogSage {

/// Runs `count` numbered tasks on a thread pool and hands their results to `consume` in task
/// order (one call at a time, on whichever worker completes the gap), so results can be
/// published while later tasks still run. `done` runs once, on a worker, when all is over.
template<typename Result>
class OrderedWork : public std::enable_shared_from_this<OrderedWork<Result>>
{
public:
    using Produce = std::function<Result(qsizetype index, const std::atomic<bool> &cancel)>;
    using Consume = std::function<void(qsizetype index, Result &&result)>;
    using Done = std::function<void(bool cancelled)>;

    static std::shared_ptr<OrderedWork> start(qsizetype count, Produce produce, Consume consume, Done done,
                                              QThreadPool *pool = QThreadPool::globalInstance())
    {
        std::shared_ptr<OrderedWork> work(new OrderedWork(count, std::move(produce), std::move(consume), std::move(done)));
        const int workers = int(std::max<qsizetype>(1, std::min<qsizetype>(count, pool->maxThreadCount())));
        work->m_running = workers;
        for (int i = 0; i < workers; ++i)
            pool->start([work] { work->run(); });
        return work;
    }

    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancel.load(std::memory_order_relaxed); }
    const std::atomic<bool> &cancelFlag() const { return m_cancel; }
    /// Blocks until every worker has returned (after cancel(), that is quick).
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_finished.wait(lock, [this] { return m_doneCalled; });
    }

private:
    OrderedWork(qsizetype count, Produce produce, Consume consume, Done done)
        : m_count(count)
        , m_results(std::size_t(count))
        , m_produce(std::move(produce))
        , m_consume(std::move(consume))
        , m_done(std::move(done))
    {
    }

    void run()
    {
        for (;;) {
            const qsizetype index = m_next.fetch_add(1);
            if (index >= m_count || isCancelled())
                break;
            Result result = m_produce(index, m_cancel);
            {
                std::lock_guard lock(m_mutex);
                m_results[std::size_t(index)] = std::move(result);
            }
            publishReady();
        }
        bool last = false;
        {
            std::lock_guard lock(m_mutex);
            last = --m_running == 0;
        }
        if (last) {
            publishReady();
            if (m_done)
                m_done(isCancelled() || m_published < m_count);
            std::lock_guard lock(m_mutex);
            m_doneCalled = true;
        }
        m_finished.notify_all();
    }

    // Consumes results in order. A worker that finds the lock taken waits: the holder is
    // quick (publishing is cheap next to producing), and no ready result is left behind.
    void publishReady()
    {
        std::lock_guard publishing(m_publishing);
        for (;;) {
            std::optional<Result> ready;
            {
                std::lock_guard lock(m_mutex);
                if (m_published >= m_count || !m_results[std::size_t(m_published)])
                    break;
                ready.swap(m_results[std::size_t(m_published)]);
            }
            if (!isCancelled())
                m_consume(m_published, std::move(*ready));
            ++m_published;
        }
    }

    const qsizetype m_count;
    std::atomic<qsizetype> m_next{0};
    std::atomic<bool> m_cancel{false};
    std::mutex m_mutex;
    std::mutex m_publishing;
    std::condition_variable m_finished;
    int m_running = 0;
    bool m_doneCalled = false;
    qsizetype m_published = 0;
    std::vector<std::optional<Result>> m_results;
    Produce m_produce;
    Consume m_consume;
    Done m_done;
};

} // namespace LogSage
