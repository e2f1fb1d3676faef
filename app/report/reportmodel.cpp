#include "reportmodel.h"

#include <QBuffer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

StepProgress ReportChecklistGroup::progress() const
{
    StepProgress result;
    for (const ReportChecklistStep &step : steps) {
        if (step.noAction)
            continue;
        ++result.total;
        if (step.ticked)
            ++result.ticked;
    }
    return result;
}

StepProgress ReportModel::checklistProgress() const
{
    StepProgress result;
    for (const ReportChecklistGroup &group : checklist) {
        if (!group.listed)
            continue;
        const StepProgress p = group.progress();
        result.ticked += p.ticked;
        result.total += p.total;
    }
    return result;
}

QString ReportChart::pngDataUri() const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

} // namespace LogSage
