#pragma once

#include "logview.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace LogSage {

/// The Go menu: next and previous occurrence of the current line's message, next and previous
/// warning-or-worse line (on whichever log view is current; searched without blocking, so the
/// view moves, or notFound() comes, when the search ends), and word wrap (for every log view:
/// wordWrapChanged() tells the window, which applies it to each view and to new ones).
class NavigationActions : public QObject
{
    Q_OBJECT
public:
    NavigationActions(std::function<LogView *()> currentView, QObject *parent);

    void addTo(QMenu *goMenu, QMenu *viewMenu);
    void retranslate();
    bool wordWrap() const; ///< whether log views wrap long lines

Q_SIGNALS:
    /// Nothing found in that direction: a sentence for the status bar.
    void notFound(const QString &message);
    void wordWrapChanged(bool wrap);

private:
    using Search = std::function<bool(LogView *, LogView::SearchDone)>;
    QAction *make(const char *objectName, const QKeySequence &shortcut, Search run, std::function<QString()> failure);

    std::function<LogView *()> m_currentView;
    QAction *m_nextSame = nullptr;
    QAction *m_previousSame = nullptr;
    QAction *m_nextWarning = nullptr;
    QAction *m_previousWarning = nullptr;
    QAction *m_wordWrap = nullptr;
};

} // namespace LogSage
