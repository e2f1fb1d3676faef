#include "tunneltablemodel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString reasonsText(const QMap<QString, int> &reasons)
{
    QStringList parts;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        parts << u"%1 \u00d7%2"_s.arg(it.key().isEmpty() ? u"?"_s : it.key()).arg(it.value());
    return parts.join(u", "_s);
}

QString csvCell(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

} // namespace

QString TunnelTableModel::toCsv() const
{
    QString csv;
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells << csvCell(headerData(column, Qt::Horizontal).toString());
    csv += cells.join(u',') + u"\r\n"_s;
    for (int row = 0; row < rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < ColumnCount; ++column)
            cells << csvCell(index(row, column).data().toString());
        csv += cells.join(u',') + u"\r\n"_s;
    }
    return csv;
}

TunnelTableModel::TunnelTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TunnelTableModel::setTimeline(const TunnelTimeline &timeline)
{
    beginResetModel();
    m_timeline = timeline;
    endResetModel();
}

QString TunnelTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_timeline.tunnels().size() ? m_timeline.tunnels().at(row).key : QString();
}

int TunnelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timeline.tunnels().size());
}

int TunnelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TunnelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TunnelSummary &tunnel = m_timeline.tunnels().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(tunnel, index.column());
    case SortRole:
        return sortValue(tunnel, index.column());
    case KeyRole:
        return tunnel.key;
    case Qt::ToolTipRole:
        return toolTip(tunnel);
    case Qt::TextAlignmentRole:
        if (index.column() == Flaps || index.column() == Downtime || index.column() == Availability
            || index.column() == Failures)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() == LastState) {
            if (tunnel.neverUp())
                return QColor(0xe5, 0x39, 0x35);
            switch (tunnel.lastState) {
            case TunnelSummary::State::Up:
                return QColor(0x4c, 0xaf, 0x50);
            case TunnelSummary::State::Down:
                return QColor(0xe5, 0x39, 0x35);
            case TunnelSummary::State::Unknown:
                return QColor(0x9e, 0x9e, 0x9e);
            }
        }
        return {};
    default:
        return {};
    }
}

QVariant TunnelTableModel::display(const TunnelSummary &tunnel, int column) const
{
    switch (Column(column)) {
    case Host:
        return tunnel.host;
    case Policy:
        return tunnel.policy;
    case Seq:
        return tunnel.seq;
    case Peer:
        return tunnel.peer;
    case Flaps:
        return tunnel.flaps;
    case Downtime:
        // Failing to come up is not proven downtime, but it is what the engineer is looking for.
        if (tunnel.failingMsecs > 0)
            return tr("%1 + %2 failing").arg(formatTunnelDuration(tunnel.downMsecs), formatTunnelDuration(tunnel.failingMsecs));
        return formatTunnelDuration(tunnel.downMsecs);
    case Availability: {
        const double percent = tunnel.availabilityPercent();
        return percent < 0 ? u"\u2014"_s : QLocale().toString(percent, 'f', 1) + u" %"_s;
    }
    case LastState: {
        // "never up", as the report says, rather than a harmless-looking "Unknown".
        if (tunnel.neverUp())
            return tr("Never up");
        QString state;
        switch (tunnel.lastState) {
        case TunnelSummary::State::Up:
            state = tr("Up");
            break;
        case TunnelSummary::State::Down:
            state = tr("Down");
            break;
        case TunnelSummary::State::Unknown:
            state = tr("Unknown");
            break;
        }
        return tunnel.lastLabel.isEmpty() ? state : u"%1 (%2)"_s.arg(state, tunnel.lastLabel);
    }
    case TopTeardownReason:
        return tunnel.topTeardownReason();
    case TopFailureReason:
        return tunnel.topFailureReason();
    case Failures:
        return tunnel.negotiationFailures;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TunnelTableModel::sortValue(const TunnelSummary &tunnel, int column) const
{
    switch (Column(column)) {
    case Downtime:
        return tunnel.downMsecs + tunnel.failingMsecs;
    case Availability:
        return tunnel.availabilityPercent();
    case LastState: {
        // Worst last: never up, then down, unknown and up; within a state, by downtime, so that a
        // descending sort puts the tunnel that is down at the end, and down longest, first.
        int rank = 0;
        if (tunnel.neverUp())
            rank = 3;
        else if (tunnel.lastState == TunnelSummary::State::Down)
            rank = 2;
        else if (tunnel.lastState == TunnelSummary::State::Unknown)
            rank = 1;
        return (qint64(rank) << 52) + std::clamp<qint64>(tunnel.downMsecs + tunnel.failingMsecs, 0, (qint64(1) << 52) - 1);
    }
    default:
        return display(tunnel, column);
    }
}

QString TunnelTableModel::toolTip(const TunnelSummary &tunnel) const
{
    QStringList lines{tunnel.displayName()};
    lines << tr("Established %1, torn down %2, negotiation failures %3")
                 .arg(tunnel.established)
                 .arg(tunnel.tornDown)
                 .arg(tunnel.negotiationFailures);
    if (tunnel.downMsecs > 0 || tunnel.failingMsecs > 0)
        lines << tr("Down after a teardown: %1; failing to come up before it was ever seen up: %2")
                     .arg(formatTunnelDuration(tunnel.downMsecs), formatTunnelDuration(tunnel.failingMsecs));
    if (!tunnel.teardownReasons.isEmpty())
        lines << tr("Teardown reasons: %1").arg(reasonsText(tunnel.teardownReasons));
    if (!tunnel.failureReasons.isEmpty())
        lines << tr("Failure reasons: %1").arg(reasonsText(tunnel.failureReasons));
    if (tunnel.missingTeardowns > 0)
        lines << tr("Established again %n time(s) without a logged teardown", nullptr, tunnel.missingTeardowns);
    if (tunnel.duplicates > 0)
        lines << tr("%n repeated line(s) ignored", nullptr, tunnel.duplicates);
    return lines.join(u'\n');
}

QVariant TunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Host:
        return tr("Device");
    case Policy:
        return tr("Policy");
    case Seq:
        return tr("Seq");
    case Peer:
        return tr("Peer");
    case Flaps:
        return tr("Flaps");
    case Downtime:
        return tr("Downtime");
    case Availability:
        return tr("Availability");
    case LastState:
        return tr("Last state");
    case TopTeardownReason:
        return tr("Top teardown reason");
    case TopFailureReason:
        return tr("Top failure reason");
    case Failures:
        return tr("Nego. failures");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LogSage
