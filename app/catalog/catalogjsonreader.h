#pragma once

// Private to the catalog library: the streaming reader behind readCatalogJson(), split over
// catalogentryreader.cpp (one entry and its parts) and catalogreader.cpp (the file around them).

#include "catalogreader.h"
#include "jsoncursor.h"

#include <optional>

namespace LogSage::CatalogJson {

using namespace Qt::StringLiterals;

using Type = JsonCursor::Type;

// Marks a text's origin as "not given": it takes the entry's or the catalog's default once the
// whole entry is read, since "origin" may come after the texts in the file.
constexpr auto unsetOrigin = static_cast<TextOrigin>(0xFF);

struct Origins {
    TextOrigin zh = TextOrigin::Vendor;
    TextOrigin en = TextOrigin::Translated;
};

struct PartialOrigins {
    std::optional<TextOrigin> zh;
    std::optional<TextOrigin> en;
    Origins over(Origins defaults) const { return {zh.value_or(defaults.zh), en.value_or(defaults.en)}; }
};

using Path = JsonPath;

inline LocalizedText unsetText()
{
    LocalizedText text;
    text.zhOrigin = unsetOrigin;
    text.enOrigin = unsetOrigin;
    return text;
}

inline void resolve(LocalizedText &text, Origins defaults)
{
    if (text.zhOrigin == unsetOrigin)
        text.zhOrigin = defaults.zh;
    if (text.enOrigin == unsetOrigin)
        text.enOrigin = defaults.en;
}

inline void resolve(QList<CatalogStep> &steps, Origins defaults)
{
    for (CatalogStep &step : steps)
        resolve(step.text, defaults);
}

inline void resolveBody(QList<CatalogParameter> &parameters, QList<CatalogCause> &causes, QList<CatalogStep> &steps, Origins defaults)
{
    for (CatalogParameter &parameter : parameters)
        resolve(parameter.description, defaults);
    for (CatalogCause &cause : causes) {
        resolve(cause.text, defaults);
        resolve(cause.steps, defaults);
    }
    resolve(steps, defaults);
}

class CatalogJsonReader
{
public:
    CatalogJsonReader(QByteArrayView json, const QString &fileName, bool user)
        : m_json(json), m_data(json), m_fileName(fileName)
    {
        if (user)
            m_defaults = {TextOrigin::User, TextOrigin::User};
    }

    CatalogFileContents read();

private:
    struct PendingProblem {
        qsizetype offset;
        QString entryId;
        QString message;
    };

    void add(qsizetype offset, const Path &path, const QString &message)
    {
        const QString where = path.toString();
        m_pending.append({offset, QString(), where.isEmpty() ? message : where + u": "_s + message});
    }
    // An error makes the entry (or fragment) unusable; a warning is listed but the entry is kept.
    void error(qsizetype offset, const Path &path, const QString &message) { add(offset, path, message); m_failed = true; }
    void warning(qsizetype offset, const Path &path, const QString &message) { add(offset, path, message); }

    qsizetype here() { m_json.peek(); return m_json.offset(); }
    bool expect(Type type, const Path &path, const QString &message)
    {
        if (m_json.peek() == type)
            return true;
        if (!m_json.failed())
            error(m_json.offset(), path, message);
        m_json.skip();
        return false;
    }
    // Reads an array of objects at `path`, calling readObject(itemPath, itemOffset) inside each one;
    // an element that is no object is reported with `shape` and skipped.
    template<typename Item, typename ReadObject>
    QList<Item> objects(const Path &path, const QString &shape, ReadObject readObject)
    {
        QList<Item> result;
        if (!expect(Type::Array, path, u"must be an array"_s))
            return result;
        m_json.enterArray();
        for (qsizetype i = 0; m_json.nextElement(); ++i) {
            const Path item = path.at(i);
            const qsizetype start = here();
            if (!expect(Type::Object, item, shape))
                continue;
            m_json.enterObject();
            result.append(readObject(item, start));
        }
        return result;
    }

    void unknown(QByteArrayView key, const Path &path)
    {
        warning(here(), path, u"unknown field \"%1\" is ignored; check its spelling"_s.arg(QString::fromUtf8(key)));
        m_json.skip();
    }

    QString string(const Path &path)
    {
        return expect(Type::String, path, u"must be a string"_s) ? m_json.readString() : QString();
    }
    bool boolean(const Path &path, bool fallback)
    {
        return expect(Type::Bool, path, u"must be true or false"_s) ? m_json.readBool() : fallback;
    }
    QStringList strings(const Path &path);
    PartialOrigins origins(const Path &path);
    /// The "tunnelEvent" mark: "up", "down", "failure", or an object {"kind": ..., "peer": ...,
    /// "reason": ..., "policy": ..., "seq": ...} that also names the parameters to read.
    TunnelEventMark tunnelEvent(const Path &path, TunnelEventParameters *parameters);
    LocalizedText text(const Path &path);
    QList<CatalogStep> steps(const Path &path);
    QList<CatalogParameter> parameters(const Path &path);
    QList<CatalogCause> causes(const Path &path);
    std::optional<CauseCondition> condition(const Path &path);
    bool body(QByteArrayView key, const Path &path, QList<CatalogParameter> &parameters, QList<CatalogCause> &causes,
              QList<CatalogStep> &generalSteps);
    void header(const Path &path);
    std::optional<CatalogEntry> entry(const Path &path, QString *id);
    std::optional<CatalogFragment> fragment(const Path &path);
    void entries(const Path &path);
    /// Reads entries from index `firstIndex` on, until the array ends or the cursor reaches `stopAt` (>= 0).
    void readEntries(const Path &path, qsizetype firstIndex, qsizetype stopAt);
    void fragments(const Path &path);
    QList<CatalogProblem> problems() const;

    JsonCursor m_json;
    QByteArrayView m_data;
    QString m_fileName;
    Origins m_defaults;
    CatalogFileContents m_contents;
    QList<PendingProblem> m_pending;
    bool m_failed = false;
};

} // namespace LogSage::CatalogJson
