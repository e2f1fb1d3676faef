#include "navigationactions.h"

#include "logview.h"

#include <QAction>
#include <QMenu>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace LogSage {

NavigationActions::NavigationActions(std::function<LogView *()> currentView, QObject *parent)
    : QObject(parent)
    , m_currentView(std::move(currentView))
{
    m_nextSame = make("actionNextSameMessage", QKeySequence(Qt::CTRL | Qt::Key_Down),
                      [](LogView *v, LogView::SearchDone done) { return v->findSameMessage(true, std::move(done)); },
                      [] { return tr("No later line with this message."); });
    m_previousSame = make("actionPreviousSameMessage", QKeySequence(Qt::CTRL | Qt::Key_Up),
                          [](LogView *v, LogView::SearchDone done) { return v->findSameMessage(false, std::move(done)); },
                          [] { return tr("No earlier line with this message."); });
    m_nextWarning = make("actionNextWarning", QKeySequence(Qt::Key_F8),
                         [](LogView *v, LogView::SearchDone done) { return v->findWarningOrWorse(true, std::move(done)); },
                         [] { return tr("No later warning, error or worse."); });
    m_previousWarning = make("actionPreviousWarning", QKeySequence(Qt::SHIFT | Qt::Key_F8),
                             [](LogView *v, LogView::SearchDone done) { return v->findWarningOrWorse(false, std::move(done)); },
                             [] { return tr("No earlier warning, error or worse."); });
    m_wordWrap = new QAction(this);
    m_wordWrap->setObjectName(u"actionWordWrap"_s);
    m_wordWrap->setCheckable(true);
    m_wordWrap->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    connect(m_wordWrap, &QAction::toggled, this, &NavigationActions::wordWrapChanged);
    retranslate();
}

QAction *NavigationActions::make(const char *objectName, const QKeySequence &shortcut, Search run,
                                 std::function<QString()> failure)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, run = std::move(run), failure] {
        LogView *view = m_currentView();
        if (!view)
            return;
        // The view keeps the callback until its search ends: it must not outlive these actions.
        const QPointer<NavigationActions> self(this);
        const bool started = run(view, [self, failure](RowSearch::Outcome outcome) {
            if (self && outcome == RowSearch::Outcome::NotFound)
                Q_EMIT self->notFound(failure());
        });
        if (!started)
            Q_EMIT notFound(failure());
    });
    return action;
}

void NavigationActions::addTo(QMenu *goMenu, QMenu *viewMenu)
{
    goMenu->addActions({m_nextSame, m_previousSame});
    goMenu->addSeparator();
    goMenu->addActions({m_nextWarning, m_previousWarning});
    viewMenu->addAction(m_wordWrap);
}

bool NavigationActions::wordWrap() const
{
    return m_wordWrap->isChecked();
}

void NavigationActions::retranslate()
{
    m_nextSame->setText(tr("Next Line with This &Message"));
    m_previousSame->setText(tr("Previous Line with This M&essage"));
    m_nextWarning->setText(tr("Next &Warning or Worse"));
    m_previousWarning->setText(tr("Previous W&arning or Worse"));
    m_wordWrap->setText(tr("&Wrap Long Lines"));
}

} // namespace LogSage
