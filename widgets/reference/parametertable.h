#pragma once

#include <QTableWidget>

namespace LogSage {

/// The parameters of a log line in three columns (name, this line's value in a fixed-width font,
/// meaning), every row as tall as its wrapped text at the width the table gets, and the table as
/// tall as its rows: it scrolls with the panel, not by itself.
class ParameterTable : public QTableWidget
{
public:
    /// `headers`: the three column titles.
    ParameterTable(const QStringList &headers, QWidget *parent = nullptr);

    void addParameter(const QString &name, const QString &value, const QString &meaning);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitRows();
};

} // namespace LogSage
