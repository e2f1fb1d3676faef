#include "hiddenlinebar.h"

#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace LogSage {

HiddenLineBar::HiddenLineBar(QWidget *parent)
    : MessageBar({u"hiddenLineBar"_s, u"hiddenLineText"_s, u"closeHiddenLineBar"_s}, parent)
    , m_show(addActionButton(u"showHiddenLine"_s))
{
    closeButton()->setText(u"×"_s);
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT showLineRequested(m_line); });
    retranslateButtons();
}

void HiddenLineBar::showFor(LineNumber hidden, std::optional<LineNumber> selected)
{
    m_line = hidden;
    showSentence([hidden, selected]() -> QString {
        const QString first = tr("Line %L1 is hidden by the filter.").arg(hidden.value + 1);
        return selected ? first + u' ' + tr("The nearest shown line, %L1, is selected.").arg(selected->value + 1)
                        : first + u' ' + tr("No line near it is shown.");
    });
}

void HiddenLineBar::retranslateButtons()
{
    m_show->setText(tr("&Show It"));
    m_show->setToolTip(tr("Clear the parts of the filter that hide this line, and go to it"));
    closeButton()->setToolTip(tr("Close"));
    closeButton()->setAccessibleName(tr("Close"));
}

} // namespace LogSage
