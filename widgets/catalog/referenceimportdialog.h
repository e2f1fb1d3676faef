#pragma once

#include "referenceimport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace LogSage {

class Catalog;

/// Shows what importing a vendor Markdown reference gives (entries, fragments, and every problem
/// with its line number and that line's text) before anything is written. Accepting saves the
/// catalog JSON to the target path and loads it into the catalog as a user catalog; a failure to
/// save is shown in the dialog, which then stays open.
class ReferenceImportDialog : public QDialog
{
    Q_OBJECT
public:
    ReferenceImportDialog(ImportedReference reference, Catalog &catalog, const QString &targetPath,
                          QWidget *parent = nullptr);
    ~ReferenceImportDialog() override;

    QString targetPath() const { return m_targetPath; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// Accepted and saved: the catalog is about to be loaded into. Whoever reads it on a worker
    /// stops now (entry pointers taken before are invalid afterwards).
    void aboutToLoad();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void fill();
    void retranslate();
    void showError(const QString &message);

    ImportedReference m_reference;
    Catalog &m_catalog;
    QString m_targetPath;
    QLabel *m_summary = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_entriesLabel = nullptr;
    QTreeWidget *m_entries = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace LogSage
