#include "casemessagebar.h"

#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace LogSage {

CaseMessageBar::CaseMessageBar(QWidget *parent)
    : MessageBar({u"caseMessageBar"_s, u"caseMessageText"_s, u"caseMessageClose"_s}, parent)
    , m_use(addActionButton(u"caseUseThatCase"_s))
    , m_new(addActionButton(u"caseStartNewCase"_s))
{
    closeButton()->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_use, &QPushButton::clicked, this, &CaseMessageBar::useThatCase);
    connect(m_new, &QPushButton::clicked, this, &CaseMessageBar::startNewCase);
    retranslateButtons();
}

void CaseMessageBar::showStatement(Sentence text)
{
    m_use->hide();
    m_new->hide();
    closeButton()->show();
    showSentence(std::move(text));
}

void CaseMessageBar::showQuestion(Sentence text)
{
    m_use->show();
    m_new->show();
    closeButton()->hide(); // a question is answered, not dismissed
    showSentence(std::move(text));
}

bool CaseMessageBar::isQuestion() const
{
    return !m_use->isHidden();
}

void CaseMessageBar::retranslateButtons()
{
    m_use->setText(tr("&Use That Case"));
    m_use->setToolTip(tr("Continue the saved case: its ticks, notes and bookmarks (bookmarks on lines that changed are marked)"));
    m_new->setText(tr("Start a &New Case"));
    m_new->setToolTip(tr("Keep the saved case as it is and start an empty case for the file as it is now"));
    closeButton()->setToolTip(tr("Close this message"));
    closeButton()->setAccessibleName(tr("Close this message"));
}

} // namespace LogSage
