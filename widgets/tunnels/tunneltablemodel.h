#pragma once

#include <tunneltimeline.h>

#include <QAbstractTableModel>

namespace LogSage {

/// One row per tunnel of a TunnelTimeline: device, policy, seq, peer, flaps, downtime,
/// availability, last state, top teardown reason, top failure reason and negotiation failures. SortRole gives raw values
/// (numbers as numbers; the last state ranks never up > down > unknown > up, then by downtime) and KeyRole the
/// tunnel key.
class TunnelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Host,
        Policy,
        Seq,
        Peer,
        Flaps,
        Downtime,
        Availability,
        LastState,
        TopTeardownReason,
        TopFailureReason,
        Failures,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, KeyRole };

    explicit TunnelTableModel(QObject *parent = nullptr);

    void setTimeline(const TunnelTimeline &timeline);
    const TunnelTimeline &timeline() const { return m_timeline; }
    QString keyAt(int row) const; ///< the tunnel key of a row, empty when out of range
    /// The table as CSV (header row first), cells as displayed. Cells that a spreadsheet would
    /// run as a formula (starting with = + - @) get a leading apostrophe: log text is untrusted.
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const TunnelSummary &tunnel, int column) const;
    QVariant sortValue(const TunnelSummary &tunnel, int column) const;
    QString toolTip(const TunnelSummary &tunnel) const;

    TunnelTimeline m_timeline;
};

} // namespace LogSage
