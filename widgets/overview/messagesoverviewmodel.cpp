#include "messagesoverviewmodel.h"

#include "case.h"
#include "lineexplanation.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString formatTime(qint64 msecs, bool withDate)
{
    // Times are kept as printed by the device (wall clock stored as UTC): show them unshifted.
    return msecs < 0 ? QString()
                     : QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).toString(withDate ? u"yyyy-MM-dd HH:mm:ss"_s : u"HH:mm:ss"_s);
}

/// True when the log's printed times span more than one calendar day.
bool spansDays(const MessageStats &stats)
{
    std::optional<QDate> day;
    for (const MessageTypeStats &s : stats.types()) {
        for (const qint64 msecs : {s.firstMsecs, s.lastMsecs}) {
            if (msecs < 0)
                continue;
            const QDate date = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).date();
            if (day && *day != date)
                return true;
            day = date;
        }
    }
    return false;
}

} // namespace

MessagesOverviewModel::MessagesOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MessagesOverviewModel::setStats(const MessageStats &stats)
{
    beginResetModel();
    m_stats = stats;
    m_timesWithDate = spansDays(m_stats);
    m_matchedCauses = m_resolver ? m_resolver(m_stats) : QHash<quint16, QList<int>>();
    m_progress.clear();
    for (int row = 0; row < m_stats.types().size(); ++row)
        m_progress.append(computeProgress(row));
    endResetModel();
}

void MessagesOverviewModel::setCase(Case *investigation)
{
    if (m_case == investigation)
        return;
    disconnect(m_caseConnection);
    m_case = investigation;
    if (m_case)
        m_caseConnection = connect(m_case, &Case::stepChanged, this,
                                   [this](const StepId &step) { updateProgress(step.entryId); });
    recomputeAllProgress();
}

void MessagesOverviewModel::setCauseResolver(CauseResolver resolver)
{
    m_resolver = std::move(resolver);
    m_matchedCauses = m_resolver ? m_resolver(m_stats) : QHash<quint16, QList<int>>();
    recomputeAllProgress();
}

void MessagesOverviewModel::setMatchedCauses(const QHash<quint16, QList<int>> &causes)
{
    m_matchedCauses = causes;
    m_causesPending = false;
    recomputeAllProgress();
}

void MessagesOverviewModel::setCausesPending(bool pending)
{
    if (pending == m_causesPending)
        return;
    m_causesPending = pending;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ProgressColumn), index(rowCount() - 1, ProgressColumn));
}

void MessagesOverviewModel::setLanguage(const QString &language)
{
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

const MessageTypeStats *MessagesOverviewModel::statsAt(int row) const
{
    return row >= 0 && row < m_stats.types().size() ? &m_stats.types().at(row) : nullptr;
}

int MessagesOverviewModel::rowOf(quint16 messageType) const
{
    const MessageTypeStats *s = m_stats.find(messageType);
    return s ? int(s - m_stats.types().constData()) : -1;
}

StepProgress MessagesOverviewModel::progressAt(int row) const
{
    return row >= 0 && row < m_progress.size() ? m_progress.at(row) : StepProgress();
}

StepProgress MessagesOverviewModel::computeProgress(int row) const
{
    const MessageTypeStats &s = m_stats.types().at(row);
    if (!s.entry)
        return {};
    const QList<int> causes = m_matchedCauses.value(s.messageType);
    QList<ShownStep> steps;
    if (causes.isEmpty() || causes.contains(-1)) {
        steps = shownSteps(*s.entry, -1); // every cause's steps: the union of any others
    } else {
        for (const int cause : causes)
            for (const ShownStep &step : shownSteps(*s.entry, cause))
                if (std::none_of(steps.cbegin(), steps.cend(), [&step](const ShownStep &s2) { return s2.id == step.id; }))
                    steps.append(step);
    }
    if (m_case)
        return m_case->progress(steps);
    return StepProgress{0, int(steps.size())};
}

void MessagesOverviewModel::updateProgress(const QString &entryId)
{
    for (int row = 0; row < m_stats.types().size(); ++row) {
        const MessageTypeStats &s = m_stats.types().at(row);
        if (!s.entry || s.entry->id != entryId)
            continue;
        const StepProgress now = computeProgress(row);
        if (now == m_progress.at(row))
            continue;
        m_progress[row] = now;
        const QModelIndex cell = index(row, ProgressColumn);
        Q_EMIT dataChanged(cell, cell);
    }
}

void MessagesOverviewModel::recomputeAllProgress()
{
    for (int row = 0; row < m_stats.types().size(); ++row)
        m_progress[row] = computeProgress(row);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ProgressColumn), index(rowCount() - 1, ProgressColumn));
}

void MessagesOverviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MessagesOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stats.types().size());
}

int MessagesOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessagesOverviewModel::display(const MessageTypeStats &s, int row, int column) const
{
    switch (column) {
    case IdColumn: return s.id;
    case SeverityColumn: return s.severity < 0 ? QString() : u"%1 %2"_s.arg(s.severity).arg(translatedSeverityName(s.severity));
    case CountColumn: return QLocale().toString(s.count);
    case FirstColumn: return formatTime(s.firstMsecs, m_timesWithDate);
    case LastColumn: return formatTime(s.lastMsecs, m_timesWithDate);
    case ProgressColumn: return m_causesPending && s.entry ? u"…"_s : m_progress.at(row).toString();
    default: return {};
    }
}

QVariant MessagesOverviewModel::sortValue(const MessageTypeStats &s, int row, int column) const
{
    switch (column) {
    case IdColumn: return s.id;
    case SeverityColumn: return s.severity;
    case CountColumn: return s.count;
    case FirstColumn: return s.firstMsecs;
    case LastColumn: return s.lastMsecs;
    case ProgressColumn: {
        // Fraction done first; among equals, more steps first; messages without steps last.
        const StepProgress p = m_progress.at(row);
        return p.total == 0 ? -1.0 : double(p.ticked) / p.total + p.total * 1e-6;
    }
    default: return {};
    }
}

QString MessagesOverviewModel::toolTip(const MessageTypeStats &s) const
{
    if (!s.entry)
        return tr("%1 is not in the reference catalog.").arg(s.id);
    const Language language = m_language == u"zh"_s ? Language::Chinese : Language::English;
    QString tip = s.entry->meaning.text(language);
    if (s.hostCount > 1)
        tip += u'\n' + tr("Devices that printed it: %1").arg(s.hostCount);
    return tip;
}

QVariant MessagesOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const MessageTypeStats &s = m_stats.types().at(row);
    switch (role) {
    case Qt::DisplayRole: return display(s, row, index.column());
    case SortRole: return sortValue(s, row, index.column());
    case MessageTypeRole: return QVariant::fromValue(s.messageType);
    case RecognizedRole: return s.isRecognized();
    case Qt::ToolTipRole: return toolTip(s);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn || index.column() == ProgressColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (!s.isRecognized() && index.column() == IdColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == ProgressColumn && m_causesPending && s.entry)
            return tr("Steps still being counted");
        if (index.column() == ProgressColumn && m_progress.at(row).total > 0)
            return tr("%1 of %2 steps done").arg(m_progress.at(row).ticked).arg(m_progress.at(row).total);
        return {};
    default: return {};
    }
}

QVariant MessagesOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ProgressColumn)
        return tr("Steps ticked of the checklists of every cause this message's lines point to (the reference "
                  "panel shows the same beside the selected line's own count)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Message");
    case SeverityColumn: return tr("Severity");
    case CountColumn: return tr("Count");
    case FirstColumn: return tr("First");
    case LastColumn: return tr("Last");
    case ProgressColumn: return tr("Checklist");
    default: return {};
    }
}

} // namespace LogSage
