#include "findbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace LogSage {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"findBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"findText"_s);
    m_text->setClearButtonEnabled(true);
    m_regex = new QToolButton(this);
    m_regex->setObjectName(u"findRegex"_s);
    m_regex->setText(u".*"_s);
    m_regex->setCheckable(true);
    m_case = new QToolButton(this);
    m_case->setObjectName(u"findCase"_s);
    m_case->setText(u"Aa"_s);
    m_case->setCheckable(true);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(u"findPrevious"_s);
    m_next = new QToolButton(this);
    m_next->setObjectName(u"findNext"_s);
    m_close = new QToolButton(this);
    m_close->setObjectName(u"findClose"_s);
    m_close->setAutoRaise(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"findStatus"_s);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_regex);
    layout->addWidget(m_case);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(true); });
    connect(m_previous, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(false); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    connect(m_text, &QLineEdit::textEdited, this, [this] { setStatus({}); });
    retranslate();
}

void FindBar::retranslate()
{
    m_text->setPlaceholderText(tr("Find in the lines shown"));
    m_text->setAccessibleName(tr("Find text"));
    m_regex->setToolTip(tr("Treat the text as a regular expression"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_case->setToolTip(tr("Match upper and lower case exactly"));
    m_case->setAccessibleName(tr("Case sensitive"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Find the previous line with this text (Shift+F3)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Find the next line with this text (F3)"));
    m_close->setText(u"×"_s);
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
}

void FindBar::open()
{
    show();
    m_text->setFocus();
    m_text->selectAll();
}

FilterSpec FindBar::query() const
{
    FilterSpec spec;
    spec.text = m_text->text();
    spec.regex = m_regex->isChecked();
    spec.caseSensitive = m_case->isChecked();
    return spec;
}

void FindBar::setText(const QString &text)
{
    m_text->setText(text);
    setStatus({});
}

void FindBar::setStatus(const QString &status)
{
    m_status->setText(status);
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT findRequested(!(event->modifiers() & Qt::ShiftModifier));
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace LogSage
