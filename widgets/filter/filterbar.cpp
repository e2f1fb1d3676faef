#include "filterbar.h"

#include "hiddenmessagesbutton.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {
constexpr int TypingPauseMs = 350;
}

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"filterBar"_s);
    // Two rows, so that the bar never forces the log wider than the window leaves it.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(4, 3, 4, 3);
    rows->setSpacing(3);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(4);
    auto *second = new QHBoxLayout;
    second->setSpacing(4);
    rows->addLayout(layout);
    rows->addLayout(second);

    m_text = new QLineEdit(this);
    m_text->setObjectName(u"filterText"_s);
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);
    m_invalidIcon = m_text->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::LeadingPosition);
    m_invalidIcon->setVisible(false);
    m_regex = new QToolButton(this);
    m_regex->setObjectName(u"filterRegex"_s);
    m_regex->setCheckable(true);
    m_regex->setText(u".*"_s);
    m_case = new QToolButton(this);
    m_case->setObjectName(u"filterCase"_s);
    m_case->setCheckable(true);
    m_case->setText(u"Aa"_s);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"filterSeverity"_s);
    m_module = new QComboBox(this);
    m_module->setObjectName(u"filterModule"_s);
    m_message = new QComboBox(this);
    m_message->setObjectName(u"filterMessage"_s);
    m_message->setEditable(true);
    m_message->setInsertPolicy(QComboBox::NoInsert);
    m_message->setMinimumContentsLength(18);
    m_message->completer()->setFilterMode(Qt::MatchContains);
    m_message->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_host = new QComboBox(this);
    m_host->setObjectName(u"filterHost"_s);
    m_recognition = new QComboBox(this);
    m_recognition->setObjectName(u"filterRecognition"_s);
    m_useTime = new QCheckBox(this);
    m_useTime->setObjectName(u"filterUseTime"_s);
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(u"filterFrom"_s);
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(u"filterTo"_s);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        edit->setCalendarPopup(true);
        // Times are compared as printed by the device, without any zone conversion.
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
        edit->setTimeZone(QTimeZone::UTC);
#else
        edit->setTimeSpec(Qt::UTC);
#endif
        edit->setEnabled(false);
    }
    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"filterClear"_s);
    m_shown = new QLabel(this);
    m_shown->setObjectName(u"filterShown"_s);
    m_hidden = new HiddenMessagesButton(this);
    m_stopAction = new QAction(this);
    m_stopAction->setObjectName(u"filterStopAction"_s);
    m_stopAction->setEnabled(false);
    // Esc anywhere in the bar stops a running search, as the button does; disabled otherwise so
    // that Esc keeps its other uses (closing a combo box's list). A QShortcut rather than the
    // action's: it also tells when the log view's Esc was enabled as well (both searches run).
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &FilterBar::stopRequested, Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activatedAmbiguously, this, &FilterBar::ambiguousEscape);
    m_stop = new QToolButton(this);
    m_stop->setObjectName(u"filterStop"_s);
    m_stop->setDefaultAction(m_stopAction);
    m_stop->setVisible(false);

    // The rows about equally wide: the wider one sets how narrow the log may get, and with it how
    // wide the reference beside it can be.
    layout->addWidget(m_text, 1);
    layout->addWidget(m_regex);
    layout->addWidget(m_case);
    layout->addWidget(m_useTime);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_shown);
    layout->addWidget(m_stop);
    layout->addWidget(m_clear);
    second->addWidget(m_severity);
    second->addWidget(m_module);
    second->addWidget(m_message, 1);
    second->addWidget(m_host);
    second->addWidget(m_recognition);
    second->addWidget(m_hidden);
    for (QComboBox *box : {m_severity, m_module, m_host, m_recognition})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_module->setMinimumContentsLength(8);
    m_host->setMinimumContentsLength(10);
    m_severity->setMinimumContentsLength(14);
    m_recognition->setMinimumContentsLength(10);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(TypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, [this] {
        validateText();
        readControls();
    });
    connect(m_text, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_typingPause->stop();
        validateText();
        readControls();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_updating) { // the clear button
            validateText();
            readControls();
        }
    });
    for (QToolButton *button : {m_regex, m_case})
        connect(button, &QToolButton::toggled, this, [this] {
            validateText();
            readControls();
        });
    for (QComboBox *box : {m_severity, m_module, m_host, m_recognition})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_message, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_message->lineEdit(), &QLineEdit::editingFinished, this, &FilterBar::readControls);
    connect(m_useTime, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        readControls();
    });
    connect(m_from, &QDateTimeEdit::editingFinished, this, &FilterBar::readControls);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &FilterBar::readControls);
    connect(m_stopAction, &QAction::triggered, this, &FilterBar::stopRequested);
    connect(m_hidden, &HiddenMessagesButton::hiddenChanged, this, [this](const QStringList &hidden) {
        m_spec.hiddenMessages = hidden;
        Q_EMIT specChanged(m_spec);
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setSpec({});
        Q_EMIT specChanged(m_spec);
    });
    retranslate();
    setChoices({}, {}, {});
}

void FilterBar::retranslate()
{
    m_text->setPlaceholderText(tr("Filter lines: text, or a regular expression with .*"));
    m_text->setAccessibleName(tr("Filter text"));
    m_regex->setToolTip(tr("Treat the filter text as a regular expression"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_case->setToolTip(tr("Match upper and lower case exactly"));
    m_case->setAccessibleName(tr("Case sensitive"));
    const int severity = m_severity->currentIndex();
    m_severity->clear();
    m_severity->addItem(tr("Any severity"), 7);
    const char *const names[] = {QT_TR_NOOP("Emergencies (0)"), QT_TR_NOOP("Alert or worse (0-1)"),
                                 QT_TR_NOOP("Critical or worse (0-2)"), QT_TR_NOOP("Error or worse (0-3)"),
                                 QT_TR_NOOP("Warning or worse (0-4)"), QT_TR_NOOP("Notification or worse (0-5)"),
                                 QT_TR_NOOP("Informational or worse (0-6)")};
    for (int i = 0; i < 7; ++i)
        m_severity->addItem(tr(names[i]), i);
    m_severity->setCurrentIndex(std::max(0, severity));
    m_severity->setAccessibleName(tr("Worst severity"));
    m_module->setAccessibleName(tr("Module"));
    m_message->setAccessibleName(tr("Message"));
    m_message->lineEdit()->setPlaceholderText(tr("Any message"));
    m_host->setAccessibleName(tr("Host"));
    const int recognition = m_recognition->currentIndex();
    m_recognition->clear();
    m_recognition->addItem(tr("All lines"), int(LineFilter::Recognition::Any));
    m_recognition->addItem(tr("Recognized"), int(LineFilter::Recognition::Recognized));
    m_recognition->addItem(tr("Unknown messages"), int(LineFilter::Recognition::Unknown));
    m_recognition->setCurrentIndex(std::max(0, recognition));
    m_recognition->setAccessibleName(tr("Recognized or unknown"));
    m_useTime->setText(tr("Time"));
    m_useTime->setToolTip(tr("Only lines printed between these times (as printed by the device)"));
    m_from->setAccessibleName(tr("From time"));
    m_to->setAccessibleName(tr("To time"));
    m_stopAction->setText(tr("Stop"));
    m_stopAction->setToolTip(tr("Stop filtering and go back to the previous filter (Esc)"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every line again"));
    if (m_module->count() > 0)
        m_module->setItemText(0, tr("Any module"));
    if (m_host->count() > 0)
        m_host->setItemText(0, tr("Any host"));
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_updating = true;
        retranslate();
        m_updating = false;
    }
    QWidget::changeEvent(event);
}

void FilterBar::setComboChoices(QComboBox *box, const QStringList &values, const QString &anyText)
{
    const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
    box->clear();
    box->addItem(anyText);
    box->addItems(values);
    const int index = current.isEmpty() ? 0 : box->findText(current);
    box->setCurrentIndex(std::max(0, index));
}

void FilterBar::setChoices(const QStringList &modules, const QStringList &messages, const QStringList &hosts)
{
    m_updating = true;
    setComboChoices(m_module, modules, tr("Any module"));
    setComboChoices(m_host, hosts, tr("Any host"));
    const QString message = m_message->currentText();
    m_message->clear();
    m_message->addItem(QString());
    m_message->addItems(messages);
    m_message->setCurrentText(message);
    m_updating = false;
}

void FilterBar::showStopped(const FilterSpec &applied)
{
    m_spec = applied; // what the log shows; the fields keep what was typed, for Enter to run again
    m_notApplied = true;
    m_shown->setText(tr("Stopped — press Enter to run it again"));
}

void FilterBar::setSpec(const FilterSpec &spec)
{
    m_notApplied = false;
    m_updating = true;
    m_spec = spec;
    m_text->setText(spec.text);
    m_regex->setChecked(spec.regex);
    m_case->setChecked(spec.caseSensitive);
    m_severity->setCurrentIndex(m_severity->findData(spec.worstSeverity));
    auto select = [](QComboBox *box, const QString &value) {
        const int index = value.isEmpty() ? 0 : box->findText(value);
        if (index < 0) {
            box->addItem(value);
            box->setCurrentIndex(box->count() - 1);
        } else {
            box->setCurrentIndex(index);
        }
    };
    select(m_module, spec.module);
    select(m_host, spec.host);
    m_message->setCurrentText(spec.messageId);
    m_recognition->setCurrentIndex(m_recognition->findData(int(spec.recognition)));
    m_useTime->setChecked(spec.from.isValid() || spec.to.isValid());
    if (spec.from.isValid())
        m_from->setDateTime(spec.from);
    if (spec.to.isValid())
        m_to->setDateTime(spec.to);
    m_hidden->setHiddenMessages(spec.hiddenMessages);
    m_updating = false;
    validateText();
}

void FilterBar::setTimeSpan(const QDateTime &first, const QDateTime &last)
{
    if (m_useTime->isChecked())
        return;
    m_updating = true;
    if (first.isValid())
        m_from->setDateTime(first);
    if (last.isValid())
        m_to->setDateTime(last.addSecs(1));
    m_updating = false;
}

void FilterBar::setShownCount(quint64 shown, quint64 total, bool searching)
{
    const bool stoppable = searching && !m_spec.isEmpty();
    m_stopAction->setEnabled(stoppable);
    m_escape->setEnabled(stoppable);
    m_stop->setVisible(stoppable);
    if (!searching)
        m_lastComplete = m_spec;
    if (m_notApplied)
        return; // the note that what was typed is not applied stays until it is run or replaced
    if (m_spec.isEmpty()) {
        m_shown->clear();
        return;
    }
    const double percent = total ? 100.0 * double(shown) / double(total) : 0.0;
    m_shown->setText(searching ? tr("%L1 shown (%2%)…").arg(shown).arg(percent, 0, 'f', 1)
                               : tr("%L1 of %L2 shown (%3%)").arg(shown).arg(total).arg(percent, 0, 'f', 1));
}

void FilterBar::focusText()
{
    m_text->setFocus();
    m_text->selectAll();
}

void FilterBar::validateText()
{
    QString error;
    if (m_regex->isChecked() && !m_text->text().isEmpty()) {
        const QRegularExpression re(m_text->text());
        if (!re.isValid())
            error = tr("Invalid regular expression at position %1: %2")
                        .arg(re.patternErrorOffset() + 1)
                        .arg(re.errorString());
    }
    m_invalidIcon->setVisible(!error.isEmpty());
    m_text->setToolTip(error);
    QPalette pal = palette();
    if (!error.isEmpty())
        pal.setColor(QPalette::Base, palette().color(QPalette::Base).lightness() < 128 ? QColor(0x5c, 0x1e, 0x24)
                                                                                         : QColor(0xff, 0xd7, 0xd7));
    else if (!m_text->text().isEmpty())
        pal.setColor(QPalette::Base, palette().color(QPalette::Base).lightness() < 128 ? QColor(0x1e, 0x40, 0x2a)
                                                                                         : QColor(0xd7, 0xf5, 0xdd));
    m_text->setPalette(pal);
    m_text->setProperty("filterValid", error.isEmpty());
}

void FilterBar::readControls()
{
    if (m_updating)
        return;
    if (!m_text->property("filterValid").toBool() && m_regex->isChecked())
        return; // keep the last working filter while the expression is invalid
    FilterSpec spec;
    spec.text = m_text->text();
    spec.regex = m_regex->isChecked();
    spec.caseSensitive = m_case->isChecked();
    spec.worstSeverity = m_severity->currentData().isValid() ? m_severity->currentData().toInt() : 7;
    spec.module = m_module->currentIndex() > 0 ? m_module->currentText() : QString();
    spec.messageId = m_message->currentText().trimmed();
    spec.host = m_host->currentIndex() > 0 ? m_host->currentText() : QString();
    spec.recognition = LineFilter::Recognition(m_recognition->currentData().toInt());
    if (m_useTime->isChecked()) {
        spec.from = m_from->dateTime();
        spec.to = m_to->dateTime();
    }
    spec.hiddenMessages = m_spec.hiddenMessages;
    if (spec == m_spec)
        return;
    m_spec = spec;
    m_notApplied = false;
    Q_EMIT specChanged(m_spec);
}

} // namespace LogSage
