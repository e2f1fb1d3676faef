#pragma once

#include "catalog.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace LogSage {

/// Lists the loaded reference catalogs (name, bundled or user, entry count, file) and every
/// problem found while loading them (file:line:column, entry, message), one line each.
/// Remembers its size.
class CatalogsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `userFolder` is where user catalogs live, named in the hint and opened by a button.
    CatalogsDialog(const Catalog &catalog, const QString &userFolder, QWidget *parent = nullptr);
    ~CatalogsDialog() override;

    /// Shows `catalog` again, e.g. after an import loaded more into it.
    void setCatalog(const Catalog &catalog);

Q_SIGNALS:
    /// The user asked to import a vendor reference; the owner of the catalog runs the import
    /// and calls setCatalog() afterwards.
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void fill();
    void retranslate();

    const Catalog *m_catalog = nullptr;
    QString m_userFolder;
    QLabel *m_hint = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QTreeWidget *m_sources = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QTreeWidget *m_problems = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace LogSage
