#pragma once

#include "case.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace LogSage {

class LogDocument;

/// The bookmarks of one log file in a case, by line: line number, time, message ID and the note
/// (editable: saved in the case at once). A bookmark whose line now reads differently than when it
/// was set (the file changed) is marked stale. Follows the case's bookmark changes.
class BookmarkListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, TimeColumn, MessageColumn, NoteColumn, ColumnCount };
    enum Role {
        LineRole = Qt::UserRole + 1, ///< the bookmark's 0-based line (quint64)
        StaleRole,                   ///< true when Case::bookmarkMatches() fails for its line
    };

    explicit BookmarkListModel(QObject *parent = nullptr);

    /// The bookmarks of `document`'s file, filed under `fileKey` in `investigation`; null shows none.
    void setSource(Case *investigation, const QString &fileKey, const LogDocument *document);
    /// Reads times, message IDs and stale marks again (after the document was indexed further).
    void refresh();
    /// The bookmark on `row`, or null.
    const CaseBookmark *bookmarkAt(int row) const;
    /// Removes the bookmarks on `rows` from the case.
    void removeBookmarks(const QList<int> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        CaseBookmark bookmark;
        QString time;
        QString message;
        bool stale = false;
    };
    QList<Row> readRows() const;
    void bookmarksChanged();

    QPointer<Case> m_case;
    QString m_fileKey;
    QPointer<const LogDocument> m_document;
    QList<Row> m_rows;
};

} // namespace LogSage
