#include "filterspec.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString recognitionName(LineFilter::Recognition recognition)
{
    switch (recognition) {
    case LineFilter::Recognition::Recognized: return u"recognized"_s;
    case LineFilter::Recognition::Unknown: return u"unknown"_s;
    case LineFilter::Recognition::Any: break;
    }
    return u"any"_s;
}

} // namespace

bool FilterSpec::isEmpty() const
{
    return *this == FilterSpec();
}

QJsonObject FilterSpec::toJson() const
{
    QJsonObject json;
    if (!text.isEmpty()) {
        json[u"text"_s] = text;
        json[u"regex"_s] = regex;
        json[u"caseSensitive"_s] = caseSensitive;
    }
    if (worstSeverity < 7)
        json[u"worstSeverity"_s] = worstSeverity;
    if (!module.isEmpty())
        json[u"module"_s] = module;
    if (!messageId.isEmpty())
        json[u"messageId"_s] = messageId;
    if (!host.isEmpty())
        json[u"host"_s] = host;
    if (from.isValid())
        json[u"from"_s] = from.toString(Qt::ISODateWithMs);
    if (to.isValid())
        json[u"to"_s] = to.toString(Qt::ISODateWithMs);
    if (recognition != LineFilter::Recognition::Any)
        json[u"recognition"_s] = recognitionName(recognition);
    if (!hiddenMessages.isEmpty())
        json[u"hiddenMessages"_s] = QJsonArray::fromStringList(hiddenMessages);
    return json;
}

FilterSpec FilterSpec::fromJson(const QJsonObject &json)
{
    FilterSpec spec;
    spec.text = json[u"text"_s].toString();
    spec.regex = json[u"regex"_s].toBool();
    spec.caseSensitive = json[u"caseSensitive"_s].toBool();
    spec.worstSeverity = std::clamp(json[u"worstSeverity"_s].toInt(7), 0, 7);
    spec.module = json[u"module"_s].toString();
    spec.messageId = json[u"messageId"_s].toString();
    spec.host = json[u"host"_s].toString();
    spec.from = QDateTime::fromString(json[u"from"_s].toString(), Qt::ISODateWithMs);
    spec.to = QDateTime::fromString(json[u"to"_s].toString(), Qt::ISODateWithMs);
    const QString recognition = json[u"recognition"_s].toString();
    spec.recognition = recognition == "recognized"_L1 ? LineFilter::Recognition::Recognized
                       : recognition == "unknown"_L1  ? LineFilter::Recognition::Unknown
                                                      : LineFilter::Recognition::Any;
    for (const QJsonValue &id : json[u"hiddenMessages"_s].toArray())
        spec.hiddenMessages.append(id.toString());
    return spec;
}

LineFilter FilterSpec::toLineFilter(std::function<bool(quint16)> isRecognized) const
{
    LineFilter filter;
    if (regex && !text.isEmpty())
        filter.regex = QRegularExpression(text, caseSensitive ? QRegularExpression::NoPatternOption
                                                              : QRegularExpression::CaseInsensitiveOption);
    else
        filter.text = text;
    filter.caseSensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (worstSeverity < 7)
        filter.severities = quint8((1u << (worstSeverity + 1)) - 1);
    if (!module.isEmpty())
        filter.modules.append(module.toUtf8());

    // Kept as names: the filter looks them up in the index each time it runs, so a message or
    // host that the index meets only later (the file is still being read) is found then.
    if (!messageId.isEmpty())
        filter.messageTypeNames.append(messageId.toUtf8());
    for (const QString &hidden : hiddenMessages)
        filter.hiddenMessageTypeNames.append(hidden.toUtf8());
    if (!host.isEmpty())
        filter.hostNames.append(host.toUtf8());
    // The index keeps times as printed (wall clock, no offset applied): compare in the same terms.
    if (from.isValid())
        filter.fromMsecs = QDateTime(from.date(), from.time(), QTimeZone::UTC).toMSecsSinceEpoch();
    if (to.isValid())
        filter.toMsecs = QDateTime(to.date(), to.time(), QTimeZone::UTC).toMSecsSinceEpoch();
    filter.recognition = recognition;
    filter.isRecognized = std::move(isRecognized);
    return filter;
}

} // namespace LogSage
