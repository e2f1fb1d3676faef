#pragma once

#include "tunnelchartrenderer.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace LogSage {

/// Writes a tunnel chart to a file, as PNG or SVG (chosen by the file's suffix, PNG when it has
/// neither), drawn offscreen at a given size by TunnelChartRenderer.
class TunnelChartExport
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::TunnelChartExport)

public:
    /// Empty on success, else a sentence that names the file and what to do.
    static QString write(const QString &path, const TunnelTimeline &timeline, const TunnelChartSpec &spec, QSize size);
};

} // namespace LogSage
