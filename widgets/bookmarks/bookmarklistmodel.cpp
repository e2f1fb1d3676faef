#include "bookmarklistmodel.h"

#include "logdocument.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

BookmarkListModel::BookmarkListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BookmarkListModel::setSource(Case *investigation, const QString &fileKey, const LogDocument *document)
{
    if (m_case)
        disconnect(m_case, nullptr, this, nullptr);
    beginResetModel();
    m_case = investigation;
    m_fileKey = fileKey;
    m_document = document;
    m_rows = readRows();
    endResetModel();
    if (m_case)
        connect(m_case, &Case::bookmarksChanged, this, &BookmarkListModel::bookmarksChanged);
}

void BookmarkListModel::refresh()
{
    bookmarksChanged();
}

QList<BookmarkListModel::Row> BookmarkListModel::readRows() const
{
    QList<Row> rows;
    if (!m_case)
        return rows;
    for (const CaseBookmark &bookmark : m_case->bookmarks()) {
        if (bookmark.file != m_fileKey)
            continue;
        Row row{bookmark, {}, {}, true};
        if (m_document && bookmark.line < m_document->lineCount().value) {
            const LineNumber line(bookmark.line);
            const LineRecord record = m_document->record(line);
            if (record.flags & HasTime)
                row.time = QDateTime::fromMSecsSinceEpoch(m_document->timeBase() + qint64(record.time) * 1000, QTimeZone::UTC)
                               .toString(u"yyyy-MM-dd HH:mm:ss"_s);
            row.message = QString::fromUtf8(m_document->messageTypeName(record.messageType));
            row.stale = !Case::bookmarkMatches(bookmark, m_document->lineBytes(line));
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.bookmark.line < b.bookmark.line; });
    return rows;
}

void BookmarkListModel::bookmarksChanged()
{
    QList<Row> rows = readRows();
    const bool sameLines = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.bookmark.line == b.bookmark.line; });
    if (!sameLines) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The same lines (a note changed): no reset, so an editor or the selection in a view stays.
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const CaseBookmark *BookmarkListModel::bookmarkAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).bookmark : nullptr;
}

void BookmarkListModel::removeBookmarks(const QList<int> &rows)
{
    if (!m_case)
        return;
    QList<quint64> lines;
    for (int row : rows)
        if (const CaseBookmark *bookmark = bookmarkAt(row))
            lines.append(bookmark->line);
    for (quint64 line : std::as_const(lines))
        m_case->removeBookmark(m_fileKey, line);
}

int BookmarkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookmarkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookmarkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return QLocale().toString(row.bookmark.line + 1);
        case TimeColumn: return row.time;
        case MessageColumn: return row.message;
        case NoteColumn: return row.bookmark.note;
        }
        break;
    case Qt::EditRole:
        if (index.column() == NoteColumn)
            return row.bookmark.note;
        break;
    case Qt::DecorationRole:
        if (index.column() == LineColumn && row.stale)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (row.stale)
            return tr("Line %L1 reads differently than when it was bookmarked: the file has changed.")
                .arg(row.bookmark.line + 1);
        if (index.column() == NoteColumn && !row.bookmark.note.isEmpty())
            return row.bookmark.note;
        break;
    case Qt::AccessibleDescriptionRole:
        if (row.stale && index.column() == LineColumn)
            return tr("changed since bookmarked");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LineRole:
        return QVariant::fromValue(row.bookmark.line);
    case StaleRole:
        return row.stale;
    }
    return {};
}

bool BookmarkListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_case || index.column() != NoteColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const CaseBookmark &bookmark = m_rows.at(index.row()).bookmark;
    if (value.toString() == bookmark.note)
        return true;
    // The case saves at once and tells bookmarksChanged(), which updates the row.
    m_case->setBookmarkNote(bookmark.file, bookmark.line, value.toString());
    return true;
}

Qt::ItemFlags BookmarkListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant BookmarkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case TimeColumn: return tr("Time");
    case MessageColumn: return tr("Message");
    case NoteColumn: return tr("Note");
    }
    return {};
}

} // namespace LogSage
