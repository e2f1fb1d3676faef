#include "casereportdata.h"

#include "case.h"
#include "catalog.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

const CatalogStep *findStep(const CatalogEntry &entry, const StepId &id)
{
    const QList<CatalogStep> *steps = &entry.steps;
    if (!id.causeKey.isEmpty()) {
        const auto cause = std::find_if(entry.causes.cbegin(), entry.causes.cend(),
                                        [&id](const CatalogCause &c) { return c.key == id.causeKey; });
        if (cause == entry.causes.cend())
            return nullptr;
        steps = &cause->steps;
    }
    return id.index >= 0 && id.index < steps->size() ? &steps->at(id.index) : nullptr;
}

} // namespace

CaseReportData CaseReportData::fromCase(const Case &reportCase, const Catalog &catalog, Language language,
                                        const std::function<QString(const QString &, quint64)> &lineText)
{
    CaseReportData data;
    QList<StepId> ids = reportCase.steps().keys();
    std::sort(ids.begin(), ids.end(), [](const StepId &a, const StepId &b) {
        if (a.entryId != b.entryId)
            return a.entryId < b.entryId;
        if (a.causeKey != b.causeKey)
            return a.causeKey < b.causeKey;
        return a.index < b.index;
    });
    for (const StepId &id : ids) {
        const CaseStepState state = reportCase.steps().value(id);
        QString text;
        if (const CatalogEntry *entry = catalog.findId(id.entryId)) {
            if (const CatalogStep *step = findStep(*entry, id))
                text = step->text.text(language);
        }
        if (text.isEmpty()) // the catalog changed since the tick: say which step it was
            text = id.causeKey.isEmpty() ? u"#%1"_s.arg(id.index + 1) : u"%1 #%2"_s.arg(id.causeKey).arg(id.index + 1);
        data.checklist.append({id.entryId, text, state.ticked, state.note});
    }

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
