#pragma once

#include "casestep.h"
#include "messagestats.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace LogSage {

class Case;

/// One row per message type of a log: ID, severity, count, first and last time, and the checklist
/// progress of the case ("3/5"). Follows the case's ticks as they change. Times show the date only
/// when the log spans more than one day. Sort and filter through
/// a QSortFilterProxyModel on SortRole (MessagesOverview does).
class MessagesOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, SeverityColumn, CountColumn, FirstColumn, LastColumn, ProgressColumn, ColumnCount };
    enum Role {
        MessageTypeRole = Qt::UserRole + 1, ///< quint16 message type id, any column
        SortRole,                           ///< the column's raw value (number, time, ratio)
        RecognizedRole,                     ///< bool: the catalog knows the message
    };

    /// Which causes the lines of each message type point to, by message type id (indices into
    /// entry->causes, -1 for lines that point to none; see matchedCauses()). The steps counted for a
    /// type are the union of the steps the reference panel shows for each (shownSteps()); a type
    /// missing from the result, or without a resolver, counts every cause's steps.
    using CauseResolver = std::function<QHash<quint16, QList<int>>(const MessageStats &)>;

    explicit MessagesOverviewModel(QObject *parent = nullptr);

    void setStats(const MessageStats &stats);
    const MessageStats &stats() const { return m_stats; }
    /// The case whose ticks make the progress column; may be null. Not owned.
    void setCase(Case *investigation);
    void setCauseResolver(CauseResolver resolver);
    /// The causes found elsewhere (on a worker; see MessagesOverview::setCauseSearch), in place of
    /// a resolver's; the checklist cells are counted again and stop showing "…".
    void setMatchedCauses(const QHash<quint16, QList<int>> &causes);
    /// While true, the checklist cells of recognized messages show "…": their causes are being found.
    void setCausesPending(bool pending);
    bool causesPending() const { return m_causesPending; }
    /// "zh" shows reference text (tooltips) in Chinese, anything else in English.
    void setLanguage(const QString &language);

    const MessageTypeStats *statsAt(int row) const;
    int rowOf(quint16 messageType) const; ///< -1 when the log has no such message
    StepProgress progressAt(int row) const;
    /// Headers and texts again after the UI language changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateProgress(const QString &entryId);
    void recomputeAllProgress();
    StepProgress computeProgress(int row) const;
    QVariant display(const MessageTypeStats &stats, int row, int column) const;
    QVariant sortValue(const MessageTypeStats &stats, int row, int column) const;
    QString toolTip(const MessageTypeStats &stats) const;

    MessageStats m_stats;
    QList<StepProgress> m_progress; ///< per row
    QHash<quint16, QList<int>> m_matchedCauses; ///< by message type, from the resolver
    QPointer<Case> m_case;
    QMetaObject::Connection m_caseConnection;
    CauseResolver m_resolver;
    QString m_language;
    bool m_causesPending = false;
    bool m_timesWithDate = false; ///< the log spans days: first and last show the date too
};

} // namespace LogSage
