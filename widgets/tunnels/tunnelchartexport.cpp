#include "tunnelchartexport.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace LogSage {

QString TunnelChartExport::write(const QString &path, const TunnelTimeline &timeline, const TunnelChartSpec &spec,
                                 QSize size)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (size.isEmpty())
        return tr("Could not export the chart to %1: the image size is empty.").arg(shown);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2. Choose another folder or file name.").arg(shown, file.errorString());

    if (QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("IPSec tunnel chart"));
        svg.setDescription(tr("Made by LogSage"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return tr("Could not draw the SVG image %1.").arg(shown);
        }
        TunnelChartRenderer::paint(painter, timeline, spec, size);
        painter.end();
    } else {
        const QImage image = TunnelChartRenderer::render(timeline, spec, size);
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            file.cancelWriting();
            return tr("Could not write %1: %2. Choose another folder or file name.").arg(shown, writer.errorString());
        }
    }
    if (!file.commit())
        return tr("Could not write %1: %2. Choose another folder or file name.").arg(shown, file.errorString());
    return {};
}

} // namespace LogSage
