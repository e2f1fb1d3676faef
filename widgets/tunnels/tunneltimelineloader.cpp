#include "tunneltimelineloader.h"

#include <logdocument.h>

#include <QtConcurrent/QtConcurrentRun>

namespace LogSage {

TunnelTimelineLoader::TunnelTimelineLoader(QObject *parent) : QObject(parent) {}

TunnelTimelineLoader::~TunnelTimelineLoader()
{
    // The worker holds only its own snapshot: ask it to stop, no need to wait.
    m_stop.request_stop();
}

void TunnelTimelineLoader::start(const LogDocument &document, const Catalog *catalog)
{
    cancel();
    m_stop = std::stop_source();
    TunnelExtractionJob job = prepareTunnelExtraction(document, catalog);
    // A watcher per load: a cancelled load's late finish cannot be taken for the new one.
    m_watcher = new QFutureWatcher<Result>(this);
    QFutureWatcher<Result> *watcher = m_watcher;
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        m_running = false;
        const Result result = watcher->result();
        if (!result.cancelled)
            Q_EMIT finished(result.timeline);
    });
    m_running = true;
    watcher->setFuture(QtConcurrent::run([job = std::move(job), stop = m_stop.get_token()] {
        TunnelExtraction extraction = extractTunnelEvents(job, stop);
        if (stop.stop_requested())
            return Result{{}, true};
        return Result{TunnelTimeline::build(std::move(extraction.events), std::move(extraction.hostSpans)), stop.stop_requested()};
    }));
}

void TunnelTimelineLoader::cancel()
{
    m_stop.request_stop();
    m_watcher = nullptr; // its finish, when it comes, is ignored and it deletes itself
    m_running = false;
}

} // namespace LogSage
