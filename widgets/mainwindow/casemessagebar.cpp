#include "casemessagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace LogSage {

CaseMessageBar::CaseMessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_use(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"caseMessageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setObjectName(u"caseMessageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // names files from the disk: never rich text
    m_use->setObjectName(u"caseUseThatCase"_s);
    m_new->setObjectName(u"caseStartNewCase"_s);
    m_close->setObjectName(u"caseMessageClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_use);
    layout->addWidget(m_new);
    layout->addWidget(m_close);

    connect(m_use, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT useThatCase();
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT startNewCase();
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void CaseMessageBar::showStatement(Sentence text)
{
    m_sentence = std::move(text);
    m_text->setText(m_sentence());
    m_use->hide();
    m_new->hide();
    m_close->show();
    show();
}

void CaseMessageBar::showQuestion(Sentence text)
{
    m_sentence = std::move(text);
    m_text->setText(m_sentence());
    m_use->show();
    m_new->show();
    m_close->hide(); // a question is answered, not dismissed
    show();
}

QString CaseMessageBar::text() const
{
    return m_text->text();
}

bool CaseMessageBar::isQuestion() const
{
    return !m_use->isHidden();
}

void CaseMessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CaseMessageBar::retranslate()
{
    m_use->setText(tr("&Use That Case"));
    m_use->setToolTip(tr("Continue the saved case: its ticks, notes and bookmarks (bookmarks on lines that changed are marked)"));
    m_new->setText(tr("Start a &New Case"));
    m_new->setToolTip(tr("Keep the saved case as it is and start an empty case for the file as it is now"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    if (m_sentence)
        m_text->setText(m_sentence());
}

} // namespace LogSage
