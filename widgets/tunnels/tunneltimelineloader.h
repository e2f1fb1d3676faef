#pragma once

#include <tunnelextractor.h>
#include <tunneltimeline.h>

#include <QFutureWatcher>
#include <QObject>

#include <stop_token>

namespace LogSage {

class Catalog;
class LogDocument;

/// Reads the tunnel events of a document and builds their timeline on a worker thread. The
/// worker works on a snapshot (see TunnelExtractionJob), never on the document, so the document
/// may be closed, reopened or reset meanwhile; cancel() then drops the result.
class TunnelTimelineLoader : public QObject
{
    Q_OBJECT
public:
    explicit TunnelTimelineLoader(QObject *parent = nullptr);
    ~TunnelTimelineLoader() override;

    /// Starts reading `document` (on this thread it takes a snapshot and classifies the
    /// message types with `catalog`); a load still running is cancelled first.
    void start(const LogDocument &document, const Catalog *catalog);
    /// Stops the running load; finished() will not be emitted for it.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const LogSage::TunnelTimeline &timeline);

private:
    struct Result {
        TunnelTimeline timeline;
        bool cancelled = false;
    };

    QFutureWatcher<Result> *m_watcher = nullptr;
    std::stop_source m_stop;
    bool m_running = false;
};

} // namespace LogSage
