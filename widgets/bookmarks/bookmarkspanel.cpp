#include "bookmarkspanel.h"

#include "bookmarklistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LogSage {

BookmarksPanel::BookmarksPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new BookmarkListModel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"bookmarksPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setObjectName(u"bookmarksEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_empty);
    m_view->setObjectName(u"bookmarksView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Double-click goes to the line; the note is edited with F2 or a click on a selected row.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->header()->setStretchLastSection(true);
    // Line, time and message always whole; the note takes the rest. Bookmark lists are short.
    for (int column = 0; column < BookmarkListModel::NoteColumn; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTreeView::doubleClicked, this, &BookmarksPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookmarksPanel::updateEmptyState);
    retranslate();
    updateEmptyState();
}

void BookmarksPanel::setSource(Case *investigation, const QString &fileKey, const LogDocument *document)
{
    m_model->setSource(investigation, fileKey, document);
}

void BookmarksPanel::refresh()
{
    m_model->refresh();
}

void BookmarksPanel::activate(const QModelIndex &index)
{
    if (const CaseBookmark *bookmark = m_model->bookmarkAt(index.row()))
        Q_EMIT lineActivated(LineNumber(bookmark->line));
}

bool BookmarksPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Keys on the list itself; a note's editor takes its own keys (Delete, Enter) first.
    // F2 edits the note here, as in any list, rather than going to the next bookmark.
    if (watched == m_view && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F2) {
        event->accept();
        return true;
    }
    if (watched == m_view && event->type() == QEvent::KeyPress && m_view->hasFocus()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            QList<int> rows;
            for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
                rows.append(index.row());
            if (rows.isEmpty() && m_view->currentIndex().isValid())
                rows.append(m_view->currentIndex().row());
            m_model->removeBookmarks(rows);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BookmarksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, BookmarkListModel::ColumnCount - 1);
    }
    QWidget::changeEvent(event);
}

void BookmarksPanel::retranslate()
{
    m_view->setAccessibleName(tr("Bookmarks"));
    m_empty->setText(tr("No bookmarks in this log. Ctrl+B bookmarks the current line; "
                        "Edit > Bookmark Note adds a note."));
}

void BookmarksPanel::updateEmptyState()
{
    m_empty->setVisible(m_model->rowCount() == 0);
}

} // namespace LogSage
