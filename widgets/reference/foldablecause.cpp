#include "foldablecause.h"

#include <QEvent>
#include <QKeyEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

FoldableCause::FoldableCause(const QString &objectName, const QString &summary, QWidget *detail, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_detail(detail)
    , m_summary(summary)
{
    setObjectName(objectName);
    m_toggle->setObjectName(objectName + u"Toggle"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    // The text is elided to the width the panel gives, never the reverse.
    m_toggle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_toggle->setToolTip(summary);
    m_toggle->setAccessibleName(summary);
    m_toggle->installEventFilter(this);
    layout->addWidget(m_toggle);
    m_detail->setParent(this);
    m_detail->setVisible(false);
    layout->addWidget(m_detail);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        m_detail->setVisible(expanded);
        Q_EMIT expandedChanged(expanded);
    });
    elide();
}

bool FoldableCause::isExpanded() const
{
    return m_toggle->isChecked();
}

void FoldableCause::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

bool FoldableCause::eventFilter(QObject *watched, QEvent *event)
{
    // Space toggles a tool button already; Enter does here too, as on a tree's branch.
    if (watched == m_toggle && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_toggle->toggle();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FoldableCause::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elide();
}

void FoldableCause::elide()
{
    // Room left beside the arrow, with the button's own padding on both sides.
    const int room = width() - m_toggle->iconSize().width() - fontMetrics().averageCharWidth() * 4;
    QString shown = fontMetrics().elidedText(m_summary, Qt::ElideRight, std::max(room, 0));
    m_toggle->setText(shown.replace(u'&', u"&&"_s)); // log-derived text has no mnemonics
}

} // namespace LogSage
