#include "lineexplanation.h"

#include "catalog.h"
#include "causeselector.h"
#include "templatematcher.h"
#include "vrpline.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

const CatalogParameter *referenceParameter(const CatalogEntry &entry, const QString &name)
{
    for (const CatalogParameter &p : entry.parameters)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

bool hasParameter(const QList<ExplainedParameter> &parameters, const QString &name)
{
    return std::any_of(parameters.cbegin(), parameters.cend(), [&name](const ExplainedParameter &e) {
        return e.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

namespace {

// The vendor's names, marked for lupdate; translated where they are shown (translatedSeverityName).
const char *const severityNames[] = {
    QT_TRANSLATE_NOOP("LogSage::Severity", "emergencies"),  QT_TRANSLATE_NOOP("LogSage::Severity", "alert"),
    QT_TRANSLATE_NOOP("LogSage::Severity", "critical"),     QT_TRANSLATE_NOOP("LogSage::Severity", "error"),
    QT_TRANSLATE_NOOP("LogSage::Severity", "warning"),      QT_TRANSLATE_NOOP("LogSage::Severity", "notification"),
    QT_TRANSLATE_NOOP("LogSage::Severity", "informational"), QT_TRANSLATE_NOOP("LogSage::Severity", "debugging")};

} // namespace

QString severityName(int severity)
{
    return severity >= 0 && severity < 8 ? QString::fromLatin1(severityNames[severity]) : QString();
}

QString translatedSeverityName(int severity)
{
    return severity >= 0 && severity < 8 ? QCoreApplication::translate("LogSage::Severity", severityNames[severity]) : QString();
}

LineExplanation explainLine(const VrpLine &line, const Catalog &catalog,
                            const std::function<QString(QByteArrayView)> &decode)
{
    LineExplanation result;
    if (!line.isRecord)
        return result;
    result.isRecord = true;
    result.messageId = decode(line.messageId);
    result.severity = line.severity;
    for (const VrpParameter &p : line.parameters)
        result.parameters.append({decode(p.key).trimmed(), decode(p.value).trimmed(), nullptr});

    const CatalogEntry *entry = catalog.find(line.module, line.brief);
    result.entry = entry;
    if (!entry)
        return result;
    result.severityDiffers = entry->severity >= 0 && entry->severity != line.severity;
    // Values printed inside the sentence (`IKEv2 peer [peer-name] begin ...`) rather than as Key=Value.
    if (const auto inline_ = matchTemplates({entry->message.en, entry->message.zh}, decode(line.description))) {
        for (const TemplateValue &v : *inline_) {
            if (!hasParameter(result.parameters, v.parameter))
                result.parameters.append({v.parameter, v.value, nullptr});
        }
    }
    for (ExplainedParameter &p : result.parameters)
        p.reference = referenceParameter(*entry, p.name);
    // Parameters the reference documents but this line did not print (or printed inline).
    for (const CatalogParameter &p : entry->parameters)
        if (!hasParameter(result.parameters, p.name))
            result.parameters.append({p.name, QString(), &p});

    ParameterValues values;
    for (const ExplainedParameter &p : std::as_const(result.parameters))
        values.append({p.name, p.value});
    const QList<RankedCause> ranked = rankCauses(entry->causes, values);
    for (const RankedCause &r : ranked) {
        const int index = int(r.cause - entry->causes.constData());
        result.causeOrder.append(index);
        if (result.matchedCause < 0 && r.match != CauseMatch::Other)
            result.matchedCause = index;
    }
    return result;
}

} // namespace LogSage
