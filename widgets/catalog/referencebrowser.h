#pragma once

#include "catalog.h"
#include "referencepanel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;

namespace LogSage {

class CatalogEntryView;
class CatalogSearchModel;

/// Reads the loaded reference catalogs without a log: a search field (ID, name or text, Chinese or
/// English), the matching entries and fragments, and the chosen one in full. Usable as a dock or a
/// window. It points into `catalog`, which must outlive it: call catalogChanged() after loading
/// more into the catalog.
class ReferenceBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ReferenceBrowser(const Catalog *catalog, QWidget *parent = nullptr);

    /// Puts `query` into the search field and searches.
    void setQuery(const QString &query);
    QString query() const;
    /// Shows the entry with message ID `id` (severity ignored), clearing the search when it hides
    /// it. Returns false when no loaded catalog has it.
    bool showEntry(const QString &id);
    /// The message ID shown in full, empty when a fragment or nothing is shown.
    QString shownId() const;

    void setLanguage(ReferenceLanguage language);
    ReferenceLanguage language() const { return m_language; }

public Q_SLOTS:
    /// Searches again and re-shows the chosen entry: the catalog was loaded into.
    void catalogChanged();

Q_SIGNALS:
    void languageChanged(LogSage::ReferenceLanguage language);
    void commandCopied(const QString &command);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showRow(int row);
    void selectRow(int row);
    void updateCount();
    void retranslate();

    const Catalog *m_catalog = nullptr;
    ReferenceLanguage m_language = ReferenceLanguage::English;
    CatalogSearchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchLabel = nullptr;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_splitter = nullptr;
    QListView *m_results = nullptr;
    CatalogEntryView *m_view = nullptr;
};

} // namespace LogSage
