#pragma once

#include <QWidget>

class QToolButton;

namespace LogSage {

/// One possible cause in the reference panel, folded to a single line (its text elided to the
/// panel's width) that a click, Space or Enter unfolds to show the whole text below it. Keeps the
/// list of causes short, so the checklist stays near the top of the panel.
class FoldableCause : public QWidget
{
    Q_OBJECT
public:
    /// `summary` is the one-line text; `detail` (adopted) is the whole cause, shown when unfolded.
    /// The toggle is named objectName + "Toggle".
    FoldableCause(const QString &objectName, const QString &summary, QWidget *detail, QWidget *parent = nullptr);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton *toggle() const { return m_toggle; }
    QWidget *detail() const { return m_detail; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QToolButton *m_toggle = nullptr;
    QWidget *m_detail = nullptr;
    QString m_summary;
};

} // namespace LogSage
