#include "hiddenmessagesbutton.h"

#include <QEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace LogSage {

HiddenMessagesButton::HiddenMessagesButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(u"filterHidden"_s);
    m_menu->setObjectName(u"filterHiddenMenu"_s);
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    rebuild();
}

void HiddenMessagesButton::setHiddenMessages(const QStringList &messageIds)
{
    if (messageIds == m_hidden)
        return;
    m_hidden = messageIds;
    rebuild();
}

void HiddenMessagesButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QToolButton::changeEvent(event);
}

void HiddenMessagesButton::showAgain(const QStringList &messageIds)
{
    QStringList still = m_hidden;
    for (const QString &id : messageIds)
        still.removeAll(id);
    if (still == m_hidden)
        return;
    m_hidden = still;
    updateLabel();
    // The list is rebuilt once the menu has closed: the action that was triggered is still being handled.
    QMetaObject::invokeMethod(this, &HiddenMessagesButton::rebuildMenu, Qt::QueuedConnection);
    Q_EMIT hiddenChanged(m_hidden);
}

void HiddenMessagesButton::rebuild()
{
    updateLabel();
    rebuildMenu();
}

void HiddenMessagesButton::updateLabel()
{
    const int count = int(m_hidden.size());
    setText(tr("%n hidden", nullptr, count));
    setToolTip(tr("Messages hidden from this log; uncheck one to show its lines again"));
    setAccessibleName(tr("Hidden messages"));
    setVisible(count > 0);
}

void HiddenMessagesButton::rebuildMenu()
{
    m_menu->clear();
    QAction *title = m_menu->addSection(tr("Hidden messages"));
    title->setEnabled(false);
    QStringList sorted = m_hidden;
    sorted.sort();
    for (const QString &id : sorted) {
        // A message ID comes from the log: an '&' in it must not become a mnemonic.
        QAction *action = m_menu->addAction(QString(id).replace(u'&', u"&&"_s));
        action->setObjectName(u"filterHiddenMessage"_s);
        action->setData(id);
        action->setCheckable(true);
        action->setChecked(true);
        action->setToolTip(tr("Uncheck to show the lines of %1 again").arg(id));
        connect(action, &QAction::toggled, this, [this, id](bool hidden) {
            if (!hidden)
                showAgain({id});
        });
    }
    m_menu->addSeparator();
    QAction *all = m_menu->addAction(tr("Show All"), this, [this] { showAgain(m_hidden); });
    all->setObjectName(u"filterShowAllHidden"_s);
}

} // namespace LogSage
