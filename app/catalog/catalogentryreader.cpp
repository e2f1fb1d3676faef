#include "catalogjsonreader.h"

namespace LogSage::CatalogJson {

QStringList CatalogJsonReader::strings(const Path &path)
{
    QStringList result;
    if (!expect(Type::Array, path, u"must be an array of strings"_s))
        return result;
    m_json.enterArray();
    for (qsizetype i = 0; m_json.nextElement(); ++i) {
        const QString value = string(path.at(i));
        if (m_json.peek() != Type::Invalid || !m_json.failed())
            result.append(value);
    }
    return result;
}

PartialOrigins CatalogJsonReader::origins(const Path &path)
{
    PartialOrigins result;
    if (!expect(Type::Object, path, u"must be an object like {\"zh\": \"vendor\", \"en\": \"translated\"}"_s))
        return result;
    m_json.enterObject();
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        const bool zh = key == "zh";
        if (!zh && key != "en") {
            unknown(key, path);
            continue;
        }
        const Path valuePath = path.child(zh ? "zh"_L1 : "en"_L1);
        const qsizetype offset = here();
        const auto origin = originFromName(string(valuePath));
        if (!origin)
            error(offset, valuePath, u"must be one of \"vendor\", \"translated\", \"written\" or \"user\""_s);
        else
            (zh ? result.zh : result.en) = origin;
    }
    return result;
}

TunnelEventMark CatalogJsonReader::tunnelEvent(const Path &path, TunnelEventParameters *parameters)
{
    const QString shape = u"must be \"up\", \"down\" or \"failure\""_s;
    const qsizetype offset = here();
    if (m_json.peek() != Type::Object) {
        if (!expect(Type::String, path, shape + u", or an object with \"kind\" and the parameter names"_s))
            return TunnelEventMark::None;
        const auto mark = tunnelEventMarkFromName(m_json.readString());
        if (!mark)
            error(offset, path, shape);
        return mark.value_or(TunnelEventMark::None);
    }
    m_json.enterObject();
    std::optional<TunnelEventMark> mark;
    bool kindSeen = false;
    TunnelEventParameters names;
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "kind") {
            kindSeen = true;
            const Path kindPath = path.child("kind"_L1);
            const qsizetype kindOffset = here();
            mark = tunnelEventMarkFromName(string(kindPath));
            if (!mark)
                error(kindOffset, kindPath, shape);
        } else if (key == "peer") {
            names.peer = string(path.child("peer"_L1));
        } else if (key == "reason") {
            names.reason = string(path.child("reason"_L1));
        } else if (key == "policy") {
            names.policy = string(path.child("policy"_L1));
        } else if (key == "seq") {
            names.seq = string(path.child("seq"_L1));
        } else {
            unknown(key, path);
        }
    }
    if (!kindSeen)
        error(offset, path, u"the field \"kind\" (\"up\", \"down\" or \"failure\") is missing"_s);
    if (!mark)
        return TunnelEventMark::None;
    *parameters = names;
    return *mark;
}

LocalizedText CatalogJsonReader::text(const Path &path)
{
    LocalizedText result = unsetText();
    if (!expect(Type::Object, path, u"must be an object like {\"zh\": \"...\", \"en\": \"...\"}"_s))
        return result;
    m_json.enterObject();
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "zh") {
            result.zh = string(path.child("zh"_L1));
        } else if (key == "en") {
            result.en = string(path.child("en"_L1));
        } else if (key == "origin") {
            const PartialOrigins own = origins(path.child("origin"_L1));
            result.zhOrigin = own.zh.value_or(unsetOrigin);
            result.enOrigin = own.en.value_or(unsetOrigin);
        } else {
            unknown(key, path);
        }
    }
    return result;
}

QList<CatalogStep> CatalogJsonReader::steps(const Path &path)
{
    return objects<CatalogStep>(path, u"must be an object with \"text\" and \"commands\""_s, [this](const Path &item, qsizetype start) {
        CatalogStep step;
        QByteArrayView key;
        while (m_json.nextKey(&key)) {
            if (key == "text")
                step.text = text(item.child("text"_L1));
            else if (key == "commands")
                step.commands = strings(item.child("commands"_L1));
            else
                unknown(key, item);
        }
        if (step.text.isEmpty())
            error(start, item, u"a step needs a text"_s);
        return step;
    });
}

QList<CatalogParameter> CatalogJsonReader::parameters(const Path &path)
{
    return objects<CatalogParameter>(path, u"must be an object with \"name\", \"type\" and \"description\""_s, [this](const Path &item, qsizetype start) {
        CatalogParameter parameter;
        parameter.description = unsetText();
        QByteArrayView key;
        bool named = false;
        while (m_json.nextKey(&key)) {
            if (key == "name") {
                parameter.name = string(item.child("name"_L1));
                named = true;
            } else if (key == "type") {
                parameter.type = string(item.child("type"_L1));
            } else if (key == "description") {
                parameter.description = text(item.child("description"_L1));
            } else {
                unknown(key, item);
            }
        }
        if (!named)
            error(start, item, u"the field \"name\" is missing"_s);
        return parameter;
    });
}

std::optional<CauseCondition> CatalogJsonReader::condition(const Path &path)
{
    const qsizetype start = here();
    if (!expect(Type::Object, path, u"must be an object like {\"parameter\": \"Reason\", \"equals\": \"...\"}"_s))
        return std::nullopt;
    m_json.enterObject();
    CauseCondition result;
    bool hasParameter = false;
    bool hasEquals = false;
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "parameter") {
            result.parameter = string(path.child("parameter"_L1));
            hasParameter = true;
        } else if (key == "equals") {
            result.equals = string(path.child("equals"_L1));
            hasEquals = true;
        } else if (key == "fallback") {
            result.fallback = boolean(path.child("fallback"_L1), false);
        } else {
            unknown(key, path);
        }
    }
    if (!hasParameter)
        error(start, path, u"the field \"parameter\" is missing"_s);
    if (result.fallback == hasEquals)
        error(start, path, u"needs either \"equals\" or \"fallback\": true"_s);
    return result;
}

QList<CatalogCause> CatalogJsonReader::causes(const Path &path)
{
    QList<CatalogCause> result;
    if (!expect(Type::Array, path, u"must be an array"_s))
        return result;
    m_json.enterArray();
    for (qsizetype i = 0; m_json.nextElement(); ++i) {
        const Path item = path.at(i);
        const qsizetype start = here();
        if (!expect(Type::Object, item, u"must be an object with \"key\", \"text\" and optionally \"when\" and \"steps\""_s))
            continue;
        m_json.enterObject();
        CatalogCause cause;
        cause.text = unsetText();
        bool keyed = false;
        QByteArrayView key;
        while (m_json.nextKey(&key)) {
            if (key == "key") {
                cause.key = string(item.child("key"_L1));
                keyed = true;
            } else if (key == "text") {
                cause.text = text(item.child("text"_L1));
            } else if (key == "when") {
                cause.condition = condition(item.child("when"_L1));
            } else if (key == "steps") {
                cause.steps = steps(item.child("steps"_L1));
            } else {
                unknown(key, item);
            }
        }
        if (!keyed)
            error(start, item, u"the field \"key\" is missing"_s);
        else if (std::any_of(result.cbegin(), result.cend(), [&](const CatalogCause &other) { return other.key == cause.key; }))
            error(start, item.child("key"_L1), u"the key \"%1\" is used twice in this entry"_s.arg(cause.key));
        result.append(cause);
    }
    return result;
}

// The members entries and fragments share; false when `key` is none of them.
bool CatalogJsonReader::body(QByteArrayView key, const Path &path, QList<CatalogParameter> &parameterList,
                             QList<CatalogCause> &causeList, QList<CatalogStep> &generalSteps)
{
    if (key == "parameters")
        parameterList = parameters(path.child("parameters"_L1));
    else if (key == "causes")
        causeList = causes(path.child("causes"_L1));
    else if (key == "steps")
        generalSteps = steps(path.child("steps"_L1));
    else
        return false;
    return true;
}

std::optional<CatalogEntry> CatalogJsonReader::entry(const Path &path, QString *id)
{
    const qsizetype start = here();
    m_failed = false;
    if (!expect(Type::Object, path, u"an entry must be a JSON object"_s))
        return std::nullopt;
    m_json.enterObject();
    CatalogEntry result;
    for (LocalizedText *text : {&result.appliesTo, &result.message, &result.meaning, &result.causesIntro, &result.note})
        *text = unsetText();
    PartialOrigins own;
    qsizetype idOffset = -1;
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "id") {
            idOffset = here();
            result.id = string(path.child("id"_L1));
        } else if (key == "section") {
            result.section = string(path.child("section"_L1));
        } else if (key == "origin") {
            own = origins(path.child("origin"_L1));
        } else if (key == "appliesTo") {
            result.appliesTo = text(path.child("appliesTo"_L1));
        } else if (key == "message") {
            result.message = text(path.child("message"_L1));
        } else if (key == "meaning") {
            result.meaning = text(path.child("meaning"_L1));
        } else if (key == "causesIntro") {
            result.causesIntro = text(path.child("causesIntro"_L1));
        } else if (key == "note") {
            result.note = text(path.child("note"_L1));
        } else if (key == "tags") {
            result.tags = strings(path.child("tags"_L1));
        } else if (key == "tunnelEvent") {
            result.tunnelEvent = tunnelEvent(path.child("tunnelEvent"_L1), &result.tunnelParameters);
        } else if (key == "fullText") {
            result.fullText = boolean(path.child("fullText"_L1), true);
        } else if (!body(key, path, result.parameters, result.causes, result.steps)) {
            unknown(key, path);
        }
    }
    *id = result.id;
    if (idOffset < 0)
        error(start, path, u"the field \"id\" is missing"_s);
    else if (!result.id.isEmpty() && !splitMessageId(result.id, &result.module, &result.severity, &result.brief))
        error(idOffset, path.child("id"_L1), u"must look like MODULE/SEVERITY/BRIEF, e.g. IKE/5/IKE_NEGO_FAIL"_s);
    if (result.fullText && result.meaning.isEmpty() && result.message.isEmpty())
        error(start, path, u"an entry needs a \"message\" or a \"meaning\" (or \"fullText\": false when only its title is known)"_s);
    if (m_failed)
        return std::nullopt;
    const Origins origins = own.over(m_defaults);
    for (LocalizedText *text : {&result.appliesTo, &result.message, &result.meaning, &result.causesIntro, &result.note})
        resolve(*text, origins);
    resolveBody(result.parameters, result.causes, result.steps, origins);
    return result;
}

std::optional<CatalogFragment> CatalogJsonReader::fragment(const Path &path)
{
    m_failed = false;
    if (!expect(Type::Object, path, u"a fragment must be a JSON object"_s))
        return std::nullopt;
    m_json.enterObject();
    CatalogFragment result;
    result.note = unsetText();
    PartialOrigins own;
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "before")
            result.before = string(path.child("before"_L1));
        else if (key == "origin")
            own = origins(path.child("origin"_L1));
        else if (key == "note")
            result.note = text(path.child("note"_L1));
        else if (!body(key, path, result.parameters, result.causes, result.steps))
            unknown(key, path);
    }
    if (m_failed)
        return std::nullopt;
    const Origins origins = own.over(m_defaults);
    resolve(result.note, origins);
    resolveBody(result.parameters, result.causes, result.steps, origins);
    return result;
}

} // namespace LogSage::CatalogJson
