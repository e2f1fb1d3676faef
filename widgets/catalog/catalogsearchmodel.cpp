#include "catalogsearchmodel.h"

#include <QFont>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

// The message template without its trailing parameter list: "IPSec隧道协商失败。 (IfIndex=[ULONG], ...)"
// reads as a title once the part in parentheses is gone.
QString withoutParameterList(const QString &message)
{
    static const QRegularExpression parameters(u"\\s*[(（][^()（）]*\\[[^]]*\\][^()（）]*[)）]\\s*$"_s);
    return QString(message).remove(parameters).trimmed();
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed();
}

} // namespace

CatalogSearchModel::CatalogSearchModel(const Catalog *catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
    refresh();
}

void CatalogSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void CatalogSearchModel::setLanguage(ReferenceLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void CatalogSearchModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_fragments.clear();
    if (m_catalog) {
        if (m_query.trimmed().isEmpty()) {
            for (const auto &entry : m_catalog->entries())
                m_entries.append(entry.get());
            for (const CatalogFragment &fragment : m_catalog->fragments())
                m_fragments.append(&fragment);
        } else {
            m_entries = m_catalog->search(m_query);
            m_fragments = m_catalog->searchFragments(m_query);
        }
    }
    endResetModel();
}

const CatalogEntry *CatalogSearchModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : nullptr;
}

const CatalogFragment *CatalogSearchModel::fragmentAt(int row) const
{
    const int fragmentRow = row - int(m_entries.size());
    return fragmentRow >= 0 && fragmentRow < m_fragments.size() ? m_fragments.at(fragmentRow) : nullptr;
}

int CatalogSearchModel::rowOfId(const QString &id) const
{
    const QStringList wanted = id.split(u'/');
    for (int row = 0; row < m_entries.size(); ++row) {
        const CatalogEntry &entry = *m_entries.at(row);
        if (wanted.size() == 3 && entry.module.compare(wanted.at(0), Qt::CaseInsensitive) == 0
            && entry.brief == wanted.at(2))
            return row;
    }
    return -1;
}

int CatalogSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size() + m_fragments.size());
}

QString CatalogSearchModel::pick(const LocalizedText &text) const
{
    switch (m_language) {
    case ReferenceLanguage::Chinese: return text.text(Language::Chinese);
    case ReferenceLanguage::English: return text.text(Language::English);
    case ReferenceLanguage::Both: break;
    }
    if (text.zh.isEmpty() || text.en.isEmpty() || text.zh == text.en)
        return text.zh.isEmpty() ? text.en : text.zh;
    return text.zh + u'\n' + text.en;
}

QString CatalogSearchModel::summary(const CatalogEntry &entry) const
{
    const auto oneLine = [this](const LocalizedText &text, bool isMessage) {
        QStringList lines = pick(text).split(u'\n', Qt::SkipEmptyParts);
        if (m_language != ReferenceLanguage::Both && !lines.isEmpty())
            lines = lines.mid(0, 1);
        for (QString &line : lines)
            line = isMessage ? withoutParameterList(line) : firstLine(line);
        return lines.join(u'\n');
    };
    const QString message = oneLine(entry.message, true);
    return message.isEmpty() ? oneLine(entry.meaning, false) : message;
}

QVariant CatalogSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (const CatalogEntry *entry = entryAt(row)) {
        switch (role) {
        case Qt::DisplayRole: {
            const QString text = summary(*entry);
            return text.isEmpty() ? entry->id : QString(entry->id + u'\n' + text);
        }
        case Qt::ToolTipRole: return pick(entry->meaning);
        case Qt::AccessibleTextRole: return QString(entry->id + u' ' + summary(*entry));
        case IdRole: return entry->id;
        case IsFragmentRole: return false;
        case CatalogNameRole: return entry->catalogName;
        default: return {};
        }
    }
    const CatalogFragment *fragment = fragmentAt(row);
    if (!fragment)
        return {};
    const QString title = fragment->before.isEmpty() ? tr("Fragment without heading")
                                                     : tr("Fragment before section %1").arg(fragment->before);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString detail;
        if (!fragment->causes.isEmpty())
            detail = firstLine(pick(fragment->causes.first().text));
        else if (!fragment->parameters.isEmpty())
            detail = fragment->parameters.first().name;
        return detail.isEmpty() ? title : QString(title + u'\n' + detail);
    }
    case Qt::ToolTipRole:
        return tr("A piece of a reference entry whose heading and message ID are missing: it can be read "
                  "but is never matched to log lines.");
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case IdRole: return QString();
    case IsFragmentRole: return true;
    case CatalogNameRole: return fragment->catalogName;
    default: return {};
    }
}

QHash<int, QByteArray> CatalogSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(IsFragmentRole, "isFragment");
    names.insert(CatalogNameRole, "catalogName");
    return names;
}

} // namespace LogSage
