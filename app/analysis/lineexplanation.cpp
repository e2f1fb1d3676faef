#include "lineexplanation.h"

#include "catalog.h"
#include "vrpline.h"

#include <QSet>

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

QString valueOf(const QList<ExplainedParameter> &parameters, const QString &name)
{
    for (const ExplainedParameter &p : parameters)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p.value;
    return {};
}

} // namespace

QString severityName(int severity)
{
    static const char *const names[] = {"emergencies", "alert", "critical", "error",
                                        "warning", "notification", "informational", "debugging"};
    return severity >= 0 && severity < 8 ? QString::fromLatin1(names[severity]) : QString();
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
    for (ExplainedParameter &p : result.parameters)
        p.reference = referenceParameter(*entry, p.name);
    // Parameters the reference documents but this line did not print (or printed inline).
    for (const CatalogParameter &p : entry->parameters) {
        const bool present = std::any_of(result.parameters.cbegin(), result.parameters.cend(),
                                         [&p](const ExplainedParameter &e) {
                                             return e.name.compare(p.name, Qt::CaseInsensitive) == 0;
                                         });
        if (!present)
            result.parameters.append({p.name, QString(), &p});
    }

    // Causes whose condition matches this line's value come first, then a fallback cause for a
    // parameter no condition matched, then the rest in the reference's order.
    QList<int> matched, fallback, rest;
    QSet<QString> parametersMatched;
    for (int i = 0; i < entry->causes.size(); ++i) {
        const auto &condition = entry->causes.at(i).condition;
        if (condition && !condition->fallback
            && valueOf(result.parameters, condition->parameter).trimmed().compare(condition->equals.trimmed(), Qt::CaseInsensitive) == 0) {
            matched.append(i);
            parametersMatched.insert(condition->parameter.toLower());
        }
    }
    for (int i = 0; i < entry->causes.size(); ++i) {
        const auto &condition = entry->causes.at(i).condition;
        if (matched.contains(i))
            continue;
        if (condition && condition->fallback && !parametersMatched.contains(condition->parameter.toLower())
            && !valueOf(result.parameters, condition->parameter).isEmpty())
            fallback.append(i);
        else
            rest.append(i);
    }
    result.causeOrder = matched + fallback + rest;
    if (!matched.isEmpty())
        result.matchedCause = matched.first();
    else if (!fallback.isEmpty())
        result.matchedCause = fallback.first();
    return result;
}

} // namespace LogSage
