#include "searchindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace LogSage {

SearchIndicator::SearchIndicator(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_stop(new QToolButton(this))
{
    setObjectName(u"searchIndicator"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_label->setObjectName(u"searchProgress"_s);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_stop->setObjectName(u"stopSearch"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_stop);
    connect(m_stop, &QToolButton::clicked, this, &SearchIndicator::stopRequested);
    retranslate();
}

void SearchIndicator::setProgress(int permille)
{
    m_permille = permille;
    m_label->setText(tr("Searching… %1%").arg(permille / 10));
    adjustSize();
}

void SearchIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void SearchIndicator::retranslate()
{
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop searching (Esc)"));
    m_stop->setAccessibleName(tr("Stop searching"));
    setProgress(m_permille);
}

} // namespace LogSage
