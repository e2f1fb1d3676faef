#include "catalog.h"

#include "catalogreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

QString CatalogProblem::toString() const
{
    QString result = file;
    if (line > 0) {
        result += u':' + QString::number(line);
        if (column > 0)
            result += u':' + QString::number(column);
    }
    result += u": "_s;
    if (!entryId.isEmpty())
        result += entryId + u": "_s;
    return result + message;
}

Catalog::Catalog() = default;
Catalog::~Catalog() = default;
Catalog::Catalog(Catalog &&) noexcept = default;
Catalog &Catalog::operator=(Catalog &&) noexcept = default;

Catalog Catalog::bundled()
{
    Catalog catalog;
    catalog.loadDirectory(u":/logsage/catalog"_s, false);
    return catalog;
}

void Catalog::loadFile(const QString &path, bool user)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogSource source;
        source.file = path;
        source.user = user;
        source.problems.append({path, 0, 0, QString(),
                                u"cannot be read (%1); check that the file exists and is readable"_s.arg(file.errorString())});
        m_sources.append(source);
        return;
    }
    loadData(file.readAll(), path, user);
}

void Catalog::loadData(const QByteArray &json, const QString &fileName, bool user)
{
    CatalogFileContents contents = readCatalogJson(json, fileName, user);
    CatalogSource source;
    source.file = fileName;
    source.name = contents.info.name;
    source.user = user;
    source.problems = std::move(contents.problems);
    for (CatalogEntry &entry : contents.entries)
        addEntry(std::make_unique<CatalogEntry>(std::move(entry)), source);
    for (CatalogFragment &fragment : contents.fragments)
        m_fragments.append(std::move(fragment));
    m_sources.append(source);
}

void Catalog::loadDirectory(const QString &path, bool user)
{
    const QDir dir(path);
    if (!dir.exists()) {
        CatalogSource source;
        source.file = path;
        source.user = user;
        source.problems.append({path, 0, 0, QString(), u"the catalog folder does not exist; create it or choose another one"_s});
        m_sources.append(source);
        return;
    }
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        if (name.endsWith(u".schema.json"_s)) // the JSON Schema lives beside the catalogs
            continue;
        loadFile(dir.filePath(name), user);
    }
}

QString Catalog::key(QByteArrayView module, QByteArrayView brief)
{
    return QString::fromLatin1(module).toLower() + u'/' + QString::fromLatin1(brief);
}

void Catalog::addEntry(std::unique_ptr<CatalogEntry> entry, CatalogSource &source)
{
    const QString entryKey = entry->module.toLower() + u'/' + entry->brief;
    ++source.entryCount;
    QString haystack = searchText(*entry);
    auto existing = m_byKey.constFind(entryKey);
    if (existing != m_byKey.cend()) {
        const qsizetype index = existing.value();
        const CatalogEntry &old = *m_entries[std::size_t(index)];
        source.problems.append({source.file, 0, 0, entry->id,
                                u"replaces the entry %1 from catalog \"%2\" (the later catalog wins)"_s.arg(old.id, old.catalogName)});
        m_entries[std::size_t(index)] = std::move(entry);
        m_searchText[std::size_t(index)] = std::move(haystack);
        return;
    }
    m_byKey.insert(entryKey, qsizetype(m_entries.size()));
    m_entries.push_back(std::move(entry));
    m_searchText.push_back(std::move(haystack));
}

const CatalogEntry *Catalog::find(QByteArrayView module, QByteArrayView brief) const
{
    const auto it = m_byKey.constFind(key(module, brief));
    return it == m_byKey.cend() ? nullptr : m_entries[std::size_t(it.value())].get();
}

const CatalogEntry *Catalog::findId(const QString &id) const
{
    const QStringList parts = id.split(u'/');
    if (parts.size() != 3)
        return nullptr;
    const auto it = m_byKey.constFind(parts.at(0).toLower() + u'/' + parts.at(2));
    return it == m_byKey.cend() ? nullptr : m_entries[std::size_t(it.value())].get();
}

QList<CatalogProblem> Catalog::problems() const
{
    QList<CatalogProblem> result;
    for (const CatalogSource &source : m_sources)
        result += source.problems;
    return result;
}

namespace {

void appendText(QString &out, const LocalizedText &text)
{
    out += text.zh + u'\n' + text.en + u'\n';
}

void appendSteps(QString &out, const QList<CatalogStep> &steps)
{
    for (const CatalogStep &step : steps) {
        appendText(out, step.text);
        out += step.commands.join(u'\n') + u'\n';
    }
}

void appendBody(QString &out, const QList<CatalogParameter> &parameters, const QList<CatalogCause> &causes,
                const QList<CatalogStep> &steps)
{
    for (const CatalogParameter &parameter : parameters) {
        out += parameter.name + u'\n';
        appendText(out, parameter.description);
    }
    for (const CatalogCause &cause : causes) {
        out += cause.key + u'\n';
        if (cause.condition)
            out += cause.condition->equals + u'\n';
        appendText(out, cause.text);
        appendSteps(out, cause.steps);
    }
    appendSteps(out, steps);
}

bool containsAll(const QString &haystack, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

} // namespace

QString Catalog::searchText(const CatalogEntry &entry)
{
    // One newline-separated text per entry, so a word never matches across two fields.
    QString out = entry.id + u'\n' + entry.section + u'\n' + entry.catalogName + u'\n' + entry.tags.join(u'\n') + u'\n';
    appendText(out, entry.appliesTo);
    appendText(out, entry.message);
    appendText(out, entry.meaning);
    appendText(out, entry.causesIntro);
    appendText(out, entry.note);
    appendBody(out, entry.parameters, entry.causes, entry.steps);
    return out;
}

QList<const CatalogEntry *> Catalog::search(const QString &query) const
{
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    QList<const CatalogEntry *> byId;
    QList<const CatalogEntry *> byText;
    if (words.isEmpty())
        return byId;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const CatalogEntry *entry = m_entries[i].get();
        // Hits on the message ID itself come first: that is what an engineer usually types.
        if (containsAll(entry->id, words))
            byId.append(entry);
        else if (containsAll(m_searchText[i], words))
            byText.append(entry);
    }
    return byId + byText;
}

QList<const CatalogFragment *> Catalog::searchFragments(const QString &query) const
{
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    QList<const CatalogFragment *> result;
    if (words.isEmpty())
        return result;
    for (const CatalogFragment &fragment : m_fragments) {
        QString haystack = fragment.before + u'\n' + fragment.catalogName + u'\n';
        appendText(haystack, fragment.note);
        appendBody(haystack, fragment.parameters, fragment.causes, fragment.steps);
        if (containsAll(haystack, words))
            result.append(&fragment);
    }
    return result;
}

} // namespace LogSage
