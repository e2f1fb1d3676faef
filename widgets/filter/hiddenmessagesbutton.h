#pragma once

#include <QStringList>
#include <QToolButton>

class QMenu;

namespace LogSage {

/// The "N hidden" button of the filter bar: its menu lists each hidden message ID, checked, so that
/// unchecking one shows its lines again, and "Show All" shows every one. Hidden while none is.
class HiddenMessagesButton : public QToolButton
{
    Q_OBJECT
public:
    explicit HiddenMessagesButton(QWidget *parent = nullptr);

    /// Shows `messageIds` (MODULE/SEV/BRIEF) as the hidden ones, without emitting hiddenChanged.
    void setHiddenMessages(const QStringList &messageIds);
    QStringList hiddenMessages() const { return m_hidden; }

Q_SIGNALS:
    /// The user showed one or all of the hidden messages again; `messageIds` are those still hidden.
    void hiddenChanged(const QStringList &messageIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateLabel();
    void rebuildMenu();
    void showAgain(const QStringList &messageIds);

    QStringList m_hidden;
    QMenu *m_menu = nullptr;
};

} // namespace LogSage
