#include "catalogwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

class Writer
{
public:
    explicit Writer(const CatalogInfo &info) : m_zh(info.zhOrigin), m_en(info.enOrigin) { }

    static QJsonObject origins(TextOrigin zh, TextOrigin en)
    {
        return {{"zh"_L1, originName(zh)}, {"en"_L1, originName(en)}};
    }

    QJsonObject text(const LocalizedText &value) const
    {
        QJsonObject object{{"zh"_L1, value.zh}, {"en"_L1, value.en}};
        if (value.zhOrigin != m_zh || value.enOrigin != m_en)
            object.insert("origin"_L1, origins(value.zhOrigin, value.enOrigin));
        return object;
    }

    void putText(QJsonObject &object, QLatin1StringView key, const LocalizedText &value) const
    {
        if (!value.isEmpty())
            object.insert(key, text(value));
    }

    QJsonArray steps(const QList<CatalogStep> &list) const
    {
        QJsonArray array;
        for (const CatalogStep &step : list)
            array.append(QJsonObject{{"text"_L1, text(step.text)}, {"commands"_L1, QJsonArray::fromStringList(step.commands)}});
        return array;
    }

    void putBody(QJsonObject &object, const QList<CatalogParameter> &parameters, const QList<CatalogCause> &causes,
                 const QList<CatalogStep> &generalSteps) const
    {
        QJsonArray parameterArray;
        for (const CatalogParameter &parameter : parameters) {
            parameterArray.append(QJsonObject{{"name"_L1, parameter.name},
                                              {"type"_L1, parameter.type},
                                              {"description"_L1, text(parameter.description)}});
        }
        if (!parameterArray.isEmpty())
            object.insert("parameters"_L1, parameterArray);
        QJsonArray causeArray;
        for (const CatalogCause &cause : causes) {
            QJsonObject causeObject{{"key"_L1, cause.key}, {"text"_L1, text(cause.text)}};
            if (cause.condition) {
                QJsonObject when{{"parameter"_L1, cause.condition->parameter}};
                if (cause.condition->fallback)
                    when.insert("fallback"_L1, true);
                else
                    when.insert("equals"_L1, cause.condition->equals);
                causeObject.insert("when"_L1, when);
            }
            if (!cause.steps.isEmpty())
                causeObject.insert("steps"_L1, steps(cause.steps));
            causeArray.append(causeObject);
        }
        if (!causeArray.isEmpty())
            object.insert("causes"_L1, causeArray);
        if (!generalSteps.isEmpty())
            object.insert("steps"_L1, steps(generalSteps));
    }

    QJsonObject entry(const CatalogEntry &value) const
    {
        QJsonObject object{{"id"_L1, value.id}};
        if (!value.section.isEmpty())
            object.insert("section"_L1, value.section);
        putText(object, "appliesTo"_L1, value.appliesTo);
        putText(object, "message"_L1, value.message);
        putText(object, "meaning"_L1, value.meaning);
        putText(object, "causesIntro"_L1, value.causesIntro);
        putBody(object, value.parameters, value.causes, value.steps);
        if (!value.tags.isEmpty())
            object.insert("tags"_L1, QJsonArray::fromStringList(value.tags));
        if (value.tunnelEvent != TunnelEventMark::None && value.tunnelParameters.isEmpty()) {
            object.insert("tunnelEvent"_L1, tunnelEventMarkName(value.tunnelEvent));
        } else if (value.tunnelEvent != TunnelEventMark::None) {
            QJsonObject mark{{"kind"_L1, tunnelEventMarkName(value.tunnelEvent)}};
            const TunnelEventParameters &names = value.tunnelParameters;
            for (const auto &[key, name] : {std::pair("policy"_L1, &names.policy), std::pair("seq"_L1, &names.seq),
                                            std::pair("peer"_L1, &names.peer), std::pair("reason"_L1, &names.reason)}) {
                if (!name->isEmpty())
                    mark.insert(key, *name);
            }
            object.insert("tunnelEvent"_L1, mark);
        }
        putText(object, "note"_L1, value.note);
        if (!value.fullText)
            object.insert("fullText"_L1, false);
        return object;
    }

    QJsonObject fragment(const CatalogFragment &value) const
    {
        QJsonObject object;
        if (!value.before.isEmpty())
            object.insert("before"_L1, value.before);
        putBody(object, value.parameters, value.causes, value.steps);
        putText(object, "note"_L1, value.note);
        return object;
    }

private:
    TextOrigin m_zh;
    TextOrigin m_en;
};

} // namespace

QByteArray catalogToJson(const CatalogFileContents &contents)
{
    const CatalogInfo &info = contents.info;
    const Writer writer(info);
    QJsonObject header{{"name"_L1, info.name}, {"formatVersion"_L1, 1},
                       {"origin"_L1, Writer::origins(info.zhOrigin, info.enOrigin)}};
    if (!info.title.isEmpty())
        header.insert("title"_L1, writer.text(info.title));
    if (!info.vendor.isEmpty())
        header.insert("vendor"_L1, info.vendor);
    if (!info.product.isEmpty())
        header.insert("product"_L1, info.product);
    if (!info.source.isEmpty())
        header.insert("source"_L1, writer.text(info.source));

    QJsonArray entries;
    for (const CatalogEntry &entry : contents.entries)
        entries.append(writer.entry(entry));
    QJsonObject root{{"catalog"_L1, header}, {"entries"_L1, entries}};
    QJsonArray fragments;
    for (const CatalogFragment &fragment : contents.fragments)
        fragments.append(writer.fragment(fragment));
    if (!fragments.isEmpty())
        root.insert("fragments"_L1, fragments);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace LogSage
