#pragma once

#include "catalogentry.h"
#include "catalogproblem.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace LogSage {

/// What one loaded catalog file contributed.
struct CatalogSource {
    QString file;
    QString name;
    bool user = false;
    int entryCount = 0;
    QList<CatalogProblem> problems;
};

/// All loaded reference entries, looked up by module (case-insensitive) and brief (exact).
/// Later loads take precedence over earlier ones for the same ID (user over bundled), field by
/// field: what the later entry leaves empty is kept from the earlier one; the replacement is
/// reported as a problem of the later source. Loading a file that is loaded already (a reference
/// imported again) reads it again in its place instead of adding it twice.
/// Entry and fragment pointers stay valid for the catalog's lifetime: replaced ones are retired,
/// not freed, so a view that still shows one never reads freed memory. find() and findId() may run
/// on worker threads (message statistics) while the GUI thread loads or reloads a catalog file;
/// the other accessors belong to the thread that loads.
class Catalog
{
public:
    Catalog();
    ~Catalog();
    Catalog(Catalog &&) noexcept;
    Catalog &operator=(Catalog &&) noexcept;

    /// The catalogs compiled into the application (resources/catalog/*.json).
    static Catalog bundled();

    /// Loads one JSON catalog file; problems are recorded, good entries are kept.
    void loadFile(const QString &path, bool user = false);
    /// Loads JSON catalog data that came from `fileName` (for tests and imports); data from a
    /// file name loaded before takes that file's place.
    void loadData(const QByteArray &json, const QString &fileName, bool user = false);
    /// Loads every *.json in a folder, sorted by name.
    void loadDirectory(const QString &path, bool user = true);

    const CatalogEntry *find(QByteArrayView module, QByteArrayView brief) const;
    const CatalogEntry *findId(const QString &id) const; ///< by "MODULE/SEV/BRIEF" (severity ignored)
    const std::vector<std::unique_ptr<CatalogEntry>> &entries() const { return m_entries; }
    const QList<CatalogSource> &sources() const { return m_sources; }
    QList<CatalogProblem> problems() const; ///< every source's problems, in load order
    /// Pieces of entries whose heading and ID are unknown: searchable, never matched to lines.
    const std::deque<CatalogFragment> &fragments() const { return m_fragments; }

    /// Entries whose ID, name or text (either language) contains every word of the query.
    /// Entries whose ID matches come first, then the others, each in load order.
    QList<const CatalogEntry *> search(const QString &query) const;
    /// Fragments whose text (either language) contains every word of the query.
    QList<const CatalogFragment *> searchFragments(const QString &query) const;

private:
    void addSource(const QByteArray &json, const QString &fileName, bool user);
    void addUnreadable(const QString &path, bool user, const CatalogProblem &problem);
    void replaceSource(qsizetype index, std::optional<QByteArray> json, const CatalogSource &unreadable);
    qsizetype sourceIndex(const QString &file) const;
    /// True when the entry replaced one with the same ID (a problem of `source` says so).
    bool addEntry(std::unique_ptr<CatalogEntry> entry, CatalogSource &source);
    const CatalogEntry *findKey(std::string_view key) const;

    // Transparent, so find() looks up a key built in a stack buffer without allocating.
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
    };

    std::vector<std::unique_ptr<CatalogEntry>> m_entries;
    /// "module-in-lower-case/BRIEF" -> index in m_entries
    std::unordered_map<std::string, std::size_t, KeyHash, std::equal_to<>> m_byKey;
    QList<CatalogSource> m_sources;
    std::vector<std::optional<QByteArray>> m_sourceData; ///< what each source was read from; none when unreadable
    std::deque<CatalogFragment> m_fragments; ///< a deque: adding never moves the fragments already there
    std::vector<std::unique_ptr<CatalogEntry>> m_retired;   ///< replaced entries, kept so pointers stay valid
    std::unique_ptr<std::shared_mutex> m_lookupLock;        ///< m_byKey and m_entries for find() on workers
    std::vector<std::deque<CatalogFragment>> m_retiredFragments; ///< fragments of sources read again
};

} // namespace LogSage
