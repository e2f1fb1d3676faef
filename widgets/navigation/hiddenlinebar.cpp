#include "hiddenlinebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace LogSage {

HiddenLineBar::HiddenLineBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_show(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"hiddenLineBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text->setObjectName(u"hiddenLineText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_show->setObjectName(u"showHiddenLine"_s);
    m_close->setObjectName(u"closeHiddenLineBar"_s);
    m_close->setAutoRaise(true);
    m_close->setText(u"×"_s);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_close);
    connect(m_show, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT showLineRequested(m_line);
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void HiddenLineBar::showFor(LineNumber hidden, std::optional<LineNumber> selected)
{
    m_line = hidden;
    m_selected = selected;
    retranslate();
    show();
}

QString HiddenLineBar::text() const
{
    return m_text->text();
}

void HiddenLineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void HiddenLineBar::retranslate()
{
    const QString hidden = tr("Line %L1 is hidden by the filter.").arg(m_line.value + 1);
    m_text->setText(m_selected ? hidden + u' ' + tr("The nearest shown line, %L1, is selected.").arg(m_selected->value + 1)
                               : hidden + u' ' + tr("No line near it is shown."));
    m_show->setText(tr("&Show It"));
    m_show->setToolTip(tr("Clear the parts of the filter that hide this line, and go to it"));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
}

} // namespace LogSage
