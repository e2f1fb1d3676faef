#include "windowsetup.h"

#include "apptheme.h"
#include "catalog.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace LogSage {

void WindowSetup::nameApplication()
{
    QCoreApplication::setOrganizationName(u"LogSage"_s);
    QCoreApplication::setApplicationName(u"logsage"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGSAGE_VERSION_STRING));
}

std::unique_ptr<MainWindow> WindowSetup::createWindow(UiLanguage &uiLanguage) const
{
    uiLanguage.apply(language.isEmpty() ? UiLanguage::preferred() : language);
    AppTheme::apply(AppTheme::saved());

    Catalog catalog = Catalog::bundled();
    const QString userCatalogs = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/catalogs"_s;
    if (QDir(userCatalogs).exists())
        catalog.loadDirectory(userCatalogs, true);
    if (!catalogFolder.isEmpty())
        catalog.loadDirectory(catalogFolder, true);
    return std::make_unique<MainWindow>(std::move(catalog), &uiLanguage);
}

} // namespace LogSage
