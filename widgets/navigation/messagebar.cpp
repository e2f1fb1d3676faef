#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace LogSage {

MessageBar::MessageBar(const Names &names, QWidget *parent)
    : QFrame(parent)
    , m_layout(new QHBoxLayout(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(names.bar);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setObjectName(names.text);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // sentences name files and lines from untrusted logs: never rich text
    m_close->setObjectName(names.close);
    m_close->setAutoRaise(true);

    m_layout->setContentsMargins(8, 4, 4, 4);
    m_layout->addWidget(m_text, 1);
    m_layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QPushButton *MessageBar::addActionButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    m_layout->insertWidget(m_layout->indexOf(m_close), button);
    // Connected before the subclass's own handler, so the bar is gone when that one runs.
    connect(button, &QPushButton::clicked, this, &QWidget::hide);
    return button;
}

void MessageBar::showSentence(Sentence text)
{
    m_sentence = std::move(text);
    m_text->setText(m_sentence ? m_sentence() : QString());
    show();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateButtons();
        if (m_sentence)
            m_text->setText(m_sentence());
    }
    QFrame::changeEvent(event);
}

} // namespace LogSage
