#include "catalog.h"

#include "catalogreader.h"
#include "jsonposition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <mutex>

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

Catalog::Catalog() : m_lookupLock(std::make_unique<std::shared_mutex>()) { }
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
        const CatalogProblem problem{path, 0, 0, QString(),
                                     u"cannot be read (%1); check that the file exists and is readable"_s.arg(file.errorString())};
        if (const qsizetype index = sourceIndex(path); index >= 0) {
            CatalogSource unreadable;
            unreadable.file = path;
            unreadable.user = user;
            unreadable.problems.append(problem);
            replaceSource(index, std::nullopt, unreadable);
        } else {
            addUnreadable(path, user, problem);
        }
        return;
    }
    loadData(file.readAll(), path, user);
}

void Catalog::loadData(const QByteArray &json, const QString &fileName, bool user)
{
    if (const qsizetype index = sourceIndex(fileName); index >= 0) {
        CatalogSource again;
        again.user = user;
        replaceSource(index, json, again);
        return;
    }
    addSource(json, fileName, user);
}

qsizetype Catalog::sourceIndex(const QString &file) const
{
    // One file under two spellings (a relative path, a symbolic link) is still one source.
    const QString canonical = QFileInfo(file).canonicalFilePath();
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i].file == file || (!canonical.isEmpty() && QFileInfo(m_sources[i].file).canonicalFilePath() == canonical))
            return i;
    }
    return -1;
}

void Catalog::addUnreadable(const QString &path, bool user, const CatalogProblem &problem)
{
    CatalogSource source;
    source.file = path;
    source.user = user;
    source.problems.append(problem);
    m_sources.append(source);
    m_sourceData.emplace_back(std::nullopt);
}

void Catalog::addSource(const QByteArray &json, const QString &fileName, bool user)
{
    CatalogFileContents contents = readCatalogJson(json, fileName, user);
    CatalogSource source;
    source.file = fileName;
    source.name = contents.info.name;
    source.user = user;
    source.problems = std::move(contents.problems);
    // Replacements are reported at the entry's line and column; positions cost a pass over the
    // file, so they are found only for the entries that replace another one.
    QList<qsizetype> replacingOffsets;
    QList<qsizetype> replacingProblems;
    for (std::size_t i = 0; i < contents.entries.size(); ++i) {
        if (addEntry(std::make_unique<CatalogEntry>(std::move(contents.entries[i])), source)) {
            replacingOffsets.append(i < contents.entryOffsets.size() ? contents.entryOffsets[i] : 0);
            replacingProblems.append(source.problems.size() - 1);
        }
    }
    const QList<TextPosition> positions = positionsAt(json, replacingOffsets);
    for (qsizetype i = 0; i < replacingProblems.size(); ++i) {
        source.problems[replacingProblems[i]].line = positions[i].line;
        source.problems[replacingProblems[i]].column = positions[i].column;
    }
    for (CatalogFragment &fragment : contents.fragments)
        m_fragments.push_back(std::move(fragment));
    m_sources.append(source);
    m_sourceData.emplace_back(json);
}

// Loads every source again in the same order, with source `index` read from `json` (or, without
// data, recorded as `unreadable`): later sources must still win over it, as before.
void Catalog::replaceSource(qsizetype index, std::optional<QByteArray> json, const CatalogSource &unreadable)
{
    QList<CatalogSource> sources = std::move(m_sources);
    std::vector<std::optional<QByteArray>> data = std::move(m_sourceData);
    m_sources.clear();
    m_sourceData.clear();
    {
        const std::unique_lock lock(*m_lookupLock);
        for (auto &entry : m_entries)
            m_retired.push_back(std::move(entry));
        m_entries.clear();
        m_byKey.clear();
    }
    m_retiredFragments.push_back(std::move(m_fragments));
    m_fragments.clear();
    data[std::size_t(index)] = std::move(json);
    sources[index].user = unreadable.user;
    if (!data[std::size_t(index)])
        sources[index].problems = unreadable.problems;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (const std::optional<QByteArray> &bytes = data[std::size_t(i)])
            addSource(*bytes, sources[i].file, sources[i].user);
        else
            addUnreadable(sources[i].file, sources[i].user, sources[i].problems.value(0));
    }
}

void Catalog::loadDirectory(const QString &path, bool user)
{
    const QDir dir(path);
    if (!dir.exists()) {
        addUnreadable(path, user, {path, 0, 0, QString(), u"the catalog folder does not exist; create it or choose another one"_s});
        return;
    }
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        if (name.endsWith(u".schema.json"_s)) // the JSON Schema lives beside the catalogs
            continue;
        loadFile(dir.filePath(name), user);
    }
}

namespace {

// The look-up key: the module in lower case (devices print IPSEC, the reference writes IPSec), the brief as is.
std::string entryKey(QByteArrayView module, QByteArrayView brief)
{
    std::string key;
    key.reserve(std::size_t(module.size() + brief.size() + 1));
    for (const char c : module)
        key += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    key += '/';
    key.append(brief.data(), std::size_t(brief.size()));
    return key;
}

} // namespace

namespace {

// Fills what `later` leaves empty from `earlier` (the same message, from an earlier catalog), so
// that a title-only import does not hide a full bundled text. Returns the names of what was kept.
QStringList keepMissing(CatalogEntry &later, const CatalogEntry &earlier)
{
    QStringList kept;
    // A text is kept whole, both languages, and only when the later entry has it in neither: a
    // Chinese text of the user's beside an English one of another catalog would say two things.
    const auto text = [&kept](LocalizedText &to, const LocalizedText &from, const QString &name) {
        if (to.isEmpty() && !from.isEmpty()) {
            to = from;
            kept.append(name);
        }
    };
    const auto list = [&kept](auto &to, const auto &from, const QString &name) {
        if (to.isEmpty() && !from.isEmpty()) {
            to = from;
            kept.append(name);
        }
    };
    list(later.section, earlier.section, u"section"_s);
    text(later.appliesTo, earlier.appliesTo, u"versions"_s);
    text(later.message, earlier.message, u"message"_s);
    text(later.meaning, earlier.meaning, u"meaning"_s);
    list(later.parameters, earlier.parameters, u"parameters"_s);
    text(later.causesIntro, earlier.causesIntro, u"causes introduction"_s);
    list(later.causes, earlier.causes, u"causes"_s);
    list(later.steps, earlier.steps, u"steps"_s);
    list(later.tags, earlier.tags, u"tags"_s);
    if (later.tunnelEvent == TunnelEventMark::None && earlier.tunnelEvent != TunnelEventMark::None) {
        later.tunnelEvent = earlier.tunnelEvent;
        later.tunnelParameters = earlier.tunnelParameters;
        kept.append(u"tunnel event"_s);
    }
    const bool keptBody = kept.contains(u"meaning"_s) || kept.contains(u"causes"_s) || kept.contains(u"steps"_s);
    if (!later.fullText && earlier.fullText && keptBody) {
        // The text shown is the earlier, full one now: its note, not the title-only one's, is true.
        later.fullText = true;
        later.note = earlier.note;
    }
    return kept;
}

} // namespace

bool Catalog::addEntry(std::unique_ptr<CatalogEntry> entry, CatalogSource &source)
{
    const std::unique_lock lock(*m_lookupLock);
    ++source.entryCount;
    std::string key = entryKey(entry->module.toUtf8(), entry->brief.toUtf8());
    const auto existing = m_byKey.find(key);
    if (existing != m_byKey.end()) {
        std::unique_ptr<CatalogEntry> &slot = m_entries[existing->second];
        const QStringList kept = keepMissing(*entry, *slot);
        QString message = u"replaces the entry %1 from catalog \"%2\" (the later catalog wins)"_s.arg(slot->id, slot->catalogName);
        if (!kept.isEmpty())
            message += u"; its %1 are kept, since this entry has none"_s.arg(kept.join(u", "_s));
        source.problems.append({source.file, 0, 0, entry->id, message});
        m_retired.push_back(std::move(slot));
        slot = std::move(entry);
        return true;
    }
    m_byKey.emplace(std::move(key), m_entries.size());
    m_entries.push_back(std::move(entry));
    return false;
}

const CatalogEntry *Catalog::findKey(std::string_view key) const
{
    const std::shared_lock lock(*m_lookupLock);
    const auto it = m_byKey.find(key);
    return it == m_byKey.end() ? nullptr : m_entries[it->second].get();
}

const CatalogEntry *Catalog::find(QByteArrayView module, QByteArrayView brief) const
{
    char buffer[256];
    const qsizetype size = module.size() + 1 + brief.size();
    if (size > qsizetype(sizeof buffer))
        return findKey(entryKey(module, brief));
    char *out = buffer;
    for (const char c : module)
        *out++ = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    *out++ = '/';
    std::copy(brief.begin(), brief.end(), out);
    return findKey(std::string_view(buffer, std::size_t(size)));
}

const CatalogEntry *Catalog::findId(const QString &id) const
{
    const QStringList parts = id.split(u'/');
    if (parts.size() != 3)
        return nullptr;
    return findKey(entryKey(parts.at(0).toUtf8(), parts.at(2).toUtf8()));
}

QList<CatalogProblem> Catalog::problems() const
{
    QList<CatalogProblem> result;
    for (const CatalogSource &source : m_sources)
        result += source.problems;
    return result;
}

namespace {

// True when `word` occurs in one of the texts; fields are checked one by one, so a word never
// matches across two of them and nothing is built per search.
class WordFinder
{
public:
    explicit WordFinder(const QString &word) : m_word(word) { }

    bool in(const QString &text) const { return text.contains(m_word, Qt::CaseInsensitive); }
    bool in(const LocalizedText &text) const { return in(text.zh) || in(text.en); }
    bool in(const QStringList &list) const
    {
        return std::any_of(list.cbegin(), list.cend(), [&](const QString &text) { return in(text); });
    }
    bool in(const QList<CatalogStep> &steps) const
    {
        return std::any_of(steps.cbegin(), steps.cend(), [&](const CatalogStep &step) { return in(step.text) || in(step.commands); });
    }
    bool inBody(const QList<CatalogParameter> &parameters, const QList<CatalogCause> &causes, const QList<CatalogStep> &steps) const
    {
        return std::any_of(parameters.cbegin(), parameters.cend(),
                           [&](const CatalogParameter &p) { return in(p.name) || in(p.description); })
            || std::any_of(causes.cbegin(), causes.cend(),
                           [&](const CatalogCause &c) {
                               return in(c.key) || (c.condition && in(c.condition->equals)) || in(c.text) || in(c.steps);
                           })
            || in(steps);
    }
    bool inEntry(const CatalogEntry &entry) const
    {
        return in(entry.id) || in(entry.section) || in(entry.catalogName) || in(entry.tags) || in(entry.appliesTo)
            || in(entry.message) || in(entry.meaning) || in(entry.causesIntro) || in(entry.note)
            || inBody(entry.parameters, entry.causes, entry.steps);
    }
    bool inFragment(const CatalogFragment &fragment) const
    {
        return in(fragment.before) || in(fragment.catalogName) || in(fragment.note)
            || inBody(fragment.parameters, fragment.causes, fragment.steps);
    }

private:
    QString m_word;
};

QList<WordFinder> wordsOf(const QString &query)
{
    QList<WordFinder> finders;
    for (const QString &word : query.simplified().split(u' ', Qt::SkipEmptyParts))
        finders.append(WordFinder(word));
    return finders;
}

} // namespace

QList<const CatalogEntry *> Catalog::search(const QString &query) const
{
    const QList<WordFinder> words = wordsOf(query);
    QList<const CatalogEntry *> byId;
    QList<const CatalogEntry *> byText;
    if (words.isEmpty())
        return byId;
    for (const auto &entry : m_entries) {
        // Hits on the message ID itself come first: that is what an engineer usually types.
        if (std::all_of(words.cbegin(), words.cend(), [&](const WordFinder &w) { return w.in(entry->id); }))
            byId.append(entry.get());
        else if (std::all_of(words.cbegin(), words.cend(), [&](const WordFinder &w) { return w.inEntry(*entry); }))
            byText.append(entry.get());
    }
    return byId + byText;
}

QList<const CatalogFragment *> Catalog::searchFragments(const QString &query) const
{
    const QList<WordFinder> words = wordsOf(query);
    QList<const CatalogFragment *> result;
    if (words.isEmpty())
        return result;
    for (const CatalogFragment &fragment : m_fragments) {
        if (std::all_of(words.cbegin(), words.cend(), [&](const WordFinder &w) { return w.inFragment(fragment); }))
            result.append(&fragment);
    }
    return result;
}

} // namespace LogSage
