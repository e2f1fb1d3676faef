#include "casereportdata.h"

#include "case.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

CaseReportData CaseReportData::fromCase(const Case &reportCase, const std::function<QString(const QString &, quint64)> &lineText)
{
    CaseReportData data;
    data.steps = reportCase.steps();

    for (const CaseBookmark &bookmark : reportCase.bookmarks()) {
        QString path;
        for (const CaseFile &file : reportCase.files())
            if (file.fingerprint == bookmark.file)
                path = file.path;
        ReportBookmark item;
        item.file = QFileInfo(path).fileName();
        item.line = qint64(bookmark.line) + 1;
        item.text = lineText && !path.isEmpty() ? lineText(path, bookmark.line) : QString();
        item.note = bookmark.note;
        data.bookmarks.append(item);
    }
    std::sort(data.bookmarks.begin(), data.bookmarks.end(), [](const ReportBookmark &a, const ReportBookmark &b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    return data;
}

} // namespace LogSage
