#pragma once

#include <QByteArray>
#include <QString>

#include <random>

namespace LogSage {

/// Writes realistic Huawei VRP log-host files for benchmarks: two dozen devices of a busy
/// branch network (IKE/IPSec negotiation and tunnels, IFNET, SHELL, NTP, SSH, DEFD, CPU),
/// some lines relayed with a syslog header or a <PRI>, a few wrapped continuation lines.
/// The same seed gives the same file.
class VrpLogGenerator
{
public:
    explicit VrpLogGenerator(quint32 seed = 20261204);

    /// Appends one line (with its '\n') to `out`.
    void appendLine(QByteArray &out);

    /// Writes `path` with about `bytes` bytes (whole lines), or exactly `lines` lines when
    /// lines > 0. False with `error` set when the file cannot be written.
    bool writeFile(const QString &path, qint64 bytes, qint64 lines, QString *error);

private:
    void appendTimestamp(QByteArray &out, bool withYear);
    int pick(int bound) { return int(m_random() % quint32(bound)); }

    std::minstd_rand m_random;
    qint64 m_seconds; ///< current time, seconds since 2026-12-01 00:00
    quint64 m_sequence = 1;
    bool m_pendingContinuation = false;
};

} // namespace LogSage
