#pragma once

#include "referencepanel.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace LogSage {

class Catalog;
class CatalogsDialog;
class ReferenceBrowser;

/// The catalog's place in the main window: the actions "Import Reference...", "Reference
/// Catalogs..." and the reference browser dock with its toggle action. After an import it
/// refreshes its own views and emits catalogChanged(), so the window can re-explain the current
/// line (its explanation points into the catalog); aboutToChangeCatalog() comes before the change.
class CatalogActions : public QObject
{
    Q_OBJECT
public:
    /// `catalog` must outlive `window`; the dock is added to `window` on the right, hidden.
    CatalogActions(QMainWindow *window, Catalog &catalog, const QString &userFolder);
    ~CatalogActions() override;

    QAction *importAction() const { return m_importAction; }     ///< File > Import Reference...
    QAction *catalogsAction() const { return m_catalogsAction; } ///< e.g. Help or View > Reference Catalogs...
    QAction *browserAction() const;                              ///< View > Reference Browser (checkable)
    ReferenceBrowser *browser() const { return m_browser; }
    QDockWidget *browserDock() const { return m_dock; }

    /// Asks for a vendor Markdown reference and imports it; true when the catalog changed.
    bool importInteractively();
    /// Imports `markdownPath` after the user confirmed it in the import dialog.
    bool importFile(const QString &markdownPath);
    /// Opens the browser dock on the entry `id`; false when no catalog has it.
    bool showInBrowser(const QString &id);

Q_SIGNALS:
    /// An import was confirmed and the catalog is about to change: stop (and wait for) every
    /// worker that reads it, before this returns; catalogChanged() follows.
    void aboutToChangeCatalog();
    /// Entries were loaded into the catalog: pointers to its entries taken before are invalid.
    void catalogChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCatalogs();
    void afterImport(bool imported);
    void retranslate();

    QMainWindow *m_window = nullptr;
    Catalog &m_catalog;
    QString m_userFolder;
    QAction *m_importAction = nullptr;
    QAction *m_catalogsAction = nullptr;
    QDockWidget *m_dock = nullptr;
    ReferenceBrowser *m_browser = nullptr;
    QPointer<CatalogsDialog> m_catalogsDialog;
};

} // namespace LogSage
