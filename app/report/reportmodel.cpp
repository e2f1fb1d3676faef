#include "reportmodel.h"

#include <QBuffer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

int ReportModel::checklistTicked() const
{
    return int(std::count_if(checklist.cbegin(), checklist.cend(), [](const ReportChecklistItem &i) { return i.ticked; }));
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
