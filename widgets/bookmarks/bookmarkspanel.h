#pragma once

#include "linetypes.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace LogSage {

class BookmarkListModel;
class Case;
class LogDocument;

/// The Bookmarks dock: the current log's bookmarks with their notes. Double-click or Enter goes
/// to the line, Delete removes the selected bookmarks, F2 or a click on a selected note edits it
/// in place (saved in the case at once).
class BookmarksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BookmarksPanel(QWidget *parent = nullptr);

    /// Shows the bookmarks of `document`'s file (filed under `fileKey`) in `investigation`.
    void setSource(Case *investigation, const QString &fileKey, const LogDocument *document);
    /// Reads lines again (after indexing went further).
    void refresh();
    BookmarkListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// The user asked to go to a bookmarked line.
    void lineActivated(LogSage::LineNumber line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState();
    void activate(const QModelIndex &index);

    BookmarkListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace LogSage
