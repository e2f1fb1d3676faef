#include "catalogactions.h"

#include "catalog.h"
#include "catalogsdialog.h"
#include "referencebrowser.h"
#include "referenceimport.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>

using namespace Qt::StringLiterals;

namespace LogSage {

CatalogActions::CatalogActions(QMainWindow *window, Catalog &catalog, const QString &userFolder)
    : QObject(window)
    , m_window(window)
    , m_catalog(catalog)
    , m_userFolder(userFolder)
{
    setObjectName(u"catalogActions"_s);
    m_importAction = new QAction(this);
    m_importAction->setObjectName(u"actionImportReference"_s);
    connect(m_importAction, &QAction::triggered, this, &CatalogActions::importInteractively);

    m_catalogsAction = new QAction(this);
    m_catalogsAction->setObjectName(u"actionReferenceCatalogs"_s);
    connect(m_catalogsAction, &QAction::triggered, this, &CatalogActions::showCatalogs);

    m_dock = new QDockWidget(window);
    m_dock->setObjectName(u"referenceBrowserDock"_s); // saveState() keys on it
    m_browser = new ReferenceBrowser(&m_catalog, m_dock);
    m_dock->setWidget(m_browser);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    browserAction()->setObjectName(u"actionReferenceBrowser"_s);

    window->installEventFilter(this);
    retranslate();
}

CatalogActions::~CatalogActions() = default;

QAction *CatalogActions::browserAction() const
{
    return m_dock->toggleViewAction();
}

bool CatalogActions::importInteractively()
{
    const bool imported = importReferenceInteractively(m_window, m_catalog, m_userFolder, [this] { Q_EMIT aboutToChangeCatalog(); });
    afterImport(imported);
    return imported;
}

bool CatalogActions::importFile(const QString &markdownPath)
{
    const bool imported = confirmReferenceImport(m_window, m_catalog, markdownPath, m_userFolder,
                                                 [this] { Q_EMIT aboutToChangeCatalog(); });
    afterImport(imported);
    return imported;
}

void CatalogActions::afterImport(bool imported)
{
    if (!imported)
        return;
    // Our views first, so nothing of ours paints a replaced entry; then the window's.
    m_browser->catalogChanged();
    if (m_catalogsDialog)
        m_catalogsDialog->setCatalog(m_catalog);
    Q_EMIT catalogChanged();
}

bool CatalogActions::showInBrowser(const QString &id)
{
    if (!m_browser->showEntry(id))
        return false;
    m_dock->show();
    m_dock->raise();
    return true;
}

void CatalogActions::showCatalogs()
{
    if (!m_catalogsDialog) {
        m_catalogsDialog = new CatalogsDialog(m_catalog, m_userFolder, m_window);
        m_catalogsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_catalogsDialog, &CatalogsDialog::importRequested, this, &CatalogActions::importInteractively);
    }
    m_catalogsDialog->show();
    m_catalogsDialog->raise();
    m_catalogsDialog->activateWindow();
}

bool CatalogActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CatalogActions::retranslate()
{
    m_importAction->setText(tr("&Import Reference..."));
    m_importAction->setToolTip(tr("Import the vendor's Markdown log reference into a user catalog"));
    m_catalogsAction->setText(tr("Reference &Catalogs..."));
    m_catalogsAction->setToolTip(tr("The loaded reference catalogs and the problems found in them"));
    m_dock->setWindowTitle(tr("Reference Browser"));
    browserAction()->setText(tr("Reference &Browser"));
}

} // namespace LogSage
