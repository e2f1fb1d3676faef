#pragma once

// Log and case files written and read by the case tests.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace LogSage::CaseTestFiles {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool appendFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// `lines` IKE_NEGO_FAIL lines of AR-1, each ending in `tag`: different tags, different contents.
inline QByteArray logText(int lines, const QByteArray &tag = "a")
{
    QByteArray text;
    for (int i = 0; i < lines; ++i)
        text += "Dec  4 2026 10:15:" + QByteArray::number(i % 60).rightJustified(2, '0')
                + "+08:00 AR-1 %%01IKE/5/IKE_NEGO_FAIL(l)[" + QByteArray::number(i) + "]:" + tag + "\n";
    return text;
}

} // namespace LogSage::CaseTestFiles
