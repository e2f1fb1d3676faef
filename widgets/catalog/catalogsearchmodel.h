#pragma once

#include "catalog.h"
#include "referencepanel.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace LogSage {

/// The entries and fragments of a catalog that match a search, one row each: entries first (those
/// whose ID matches before the others), then fragments. An empty query lists everything.
/// The rows point into the catalog: call refresh() after the catalog was loaded into.
class CatalogSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the entry's message ID; empty for a fragment
        IsFragmentRole,            ///< true for a piece of an entry without heading or ID
        CatalogNameRole,           ///< the catalog the row was loaded from
    };

    explicit CatalogSearchModel(const Catalog *catalog, QObject *parent = nullptr);

    /// Runs the search (words are AND-ed, case-insensitive, Chinese or English, ID, name or text).
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    /// The language of the one-line summaries.
    void setLanguage(ReferenceLanguage language);
    /// Searches again: the catalog changed, the old rows may point to replaced entries.
    void refresh();

    int entryCount() const { return int(m_entries.size()); }
    int fragmentCount() const { return int(m_fragments.size()); }
    const CatalogEntry *entryAt(int row) const;       ///< null when `row` is not an entry
    const CatalogFragment *fragmentAt(int row) const; ///< null when `row` is not a fragment
    /// The row showing `id` (severity ignored), or -1.
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString summary(const CatalogEntry &entry) const;
    QString pick(const LocalizedText &text) const;

    const Catalog *m_catalog = nullptr;
    QString m_query;
    ReferenceLanguage m_language = ReferenceLanguage::English;
    QList<const CatalogEntry *> m_entries;
    QList<const CatalogFragment *> m_fragments;
};

} // namespace LogSage
