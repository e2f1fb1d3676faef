#include "referencepanel.h"

#include "case.h"
#include "casestep.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Escapes catalog prose and shows `backticked` commands as code.
QString proseToHtml(const QString &text)
{
    static const QRegularExpression code(u"`([^`]+)`"_s);
    QString html = escaped(text);
    html.replace(code, u"<code>\\1</code>"_s);
    return html;
}

} // namespace

ReferencePanel::ReferencePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"referencePanel"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 0);
    m_languageLabel = new QLabel(this);
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(u"referenceLanguage"_s);
    m_languageBox->addItem(QString(), int(ReferenceLanguage::Chinese));
    m_languageBox->addItem(QString(), int(ReferenceLanguage::English));
    m_languageBox->addItem(QString(), int(ReferenceLanguage::Both));
    m_languageBox->setCurrentIndex(int(m_language));
    m_languageLabel->setBuddy(m_languageBox);
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_languageBox);
    bar->addStretch();
    outer->addLayout(bar);
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setLanguage(ReferenceLanguage(m_languageBox->itemData(index).toInt()));
    });

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);
    retranslate();
    rebuild();
}

void ReferencePanel::setExplanation(const LineExplanation &explanation)
{
    m_explanation = explanation;
    rebuild();
}

void ReferencePanel::clear()
{
    setExplanation({});
}

void ReferencePanel::setCase(Case *investigation)
{
    if (m_case == investigation)
        return;
    m_case = investigation;
    rebuild();
}

void ReferencePanel::setLanguage(ReferenceLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_languageBox->setCurrentIndex(m_languageBox->findData(int(language)));
    rebuild();
    Q_EMIT languageChanged(language);
}

void ReferencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void ReferencePanel::retranslate()
{
    m_languageLabel->setText(tr("Reference &language:"));
    m_languageBox->setItemText(0, tr("Chinese"));
    m_languageBox->setItemText(1, tr("English"));
    m_languageBox->setItemText(2, tr("Both"));
    m_languageBox->setAccessibleName(tr("Reference language"));
}

QString ReferencePanel::text(const LocalizedText &value) const
{
    switch (m_language) {
    case ReferenceLanguage::Chinese: return value.text(Language::Chinese);
    case ReferenceLanguage::English: return value.text(Language::English);
    case ReferenceLanguage::Both:
        if (value.zh.isEmpty() || value.en.isEmpty() || value.zh == value.en)
            return value.zh.isEmpty() ? value.en : value.zh;
        return value.zh + u'\n' + value.en;
    }
    return value.en;
}

QString ReferencePanel::originBadge(const LocalizedText &value) const
{
    const Language shown = m_language == ReferenceLanguage::Chinese ? Language::Chinese : Language::English;
    switch (value.origin(shown)) {
    case TextOrigin::Vendor: return tr("vendor reference");
    case TextOrigin::Translated: return tr("translated by LogSage");
    case TextOrigin::Written: return tr("written by LogSage");
    case TextOrigin::User: return tr("user catalog");
    }
    return {};
}

QLabel *ReferencePanel::addSection(const QString &objectName, const QString &title)
{
    auto *label = new QLabel(u"<h3 style='margin-bottom:0'>%1</h3>"_s.arg(escaped(title)), m_content);
    label->setObjectName(objectName);
    m_layout->addWidget(label);
    return label;
}

QLabel *ReferencePanel::addParagraph(const QString &objectName, const QString &richText)
{
    auto *label = new QLabel(richText, m_content);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_layout->addWidget(label);
    return label;
}

void ReferencePanel::rebuild()
{
    m_content = new QWidget;
    m_progress = nullptr;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(10, 4, 10, 10);
    const LineExplanation &e = m_explanation;

    if (!e.isRecord) {
        addParagraph(u"referenceEmpty"_s,
                     escaped(tr("Select a log line to see what its message means, why it happens and what to do.")));
    } else if (!e.entry) {
        addParagraph(u"referenceTitle"_s, u"<b style='font-family:monospace'>%1</b>"_s.arg(escaped(e.messageId)));
        addParagraph(u"referenceUnknown"_s,
                     escaped(tr("This message is not in any loaded reference catalog. The line is shown as the "
                                "device printed it; import the vendor's log reference for this product "
                                "(File > Import Reference...) to explain it.")));
    } else {
        const CatalogEntry &entry = *e.entry;
        QString title = u"<b style='font-family:monospace; font-size:larger'>%1</b>"_s.arg(escaped(entry.id));
        title += u"<br>"_s + escaped(tr("Severity %1 (%2)").arg(e.severity).arg(severityName(e.severity)));
        if (e.severityDiffers)
            title += u"<br><span style='color:#c01c28'>%1</span>"_s.arg(escaped(
                tr("The reference gives severity %1 (%2); this device printed %3.")
                    .arg(entry.severity).arg(severityName(entry.severity)).arg(e.severity)));
        if (!entry.section.isEmpty())
            title += u"<br><small>%1 · %2</small>"_s.arg(escaped(tr("Section %1").arg(entry.section)),
                                                        escaped(originBadge(entry.meaning)));
        addParagraph(u"referenceTitle"_s, title);
        if (!entry.appliesTo.isEmpty())
            addParagraph(u"referenceAppliesTo"_s, u"<i>%1</i>"_s.arg(escaped(text(entry.appliesTo))));
        addSection(u"meaningHeading"_s, tr("Meaning"));
        addParagraph(u"referenceMeaning"_s, proseToHtml(text(entry.meaning)).replace(u'\n', u"<br>"_s));
        if (!entry.note.isEmpty())
            addParagraph(u"referenceNote"_s, u"<i>%1</i>"_s.arg(escaped(text(entry.note))));
        addParameters();
        addCauses();
        addSteps();
    }
    m_layout->addStretch();
    m_scroll->setWidget(m_content); // deletes the previous content
}

void ReferencePanel::addParameters()
{
    if (m_explanation.parameters.isEmpty())
        return;
    addSection(u"parametersHeading"_s, tr("Parameters"));
    auto *table = new QTableWidget(int(m_explanation.parameters.size()), 3, m_content);
    table->setObjectName(u"parameterTable"_s);
    table->setAccessibleName(tr("Parameters of this line"));
    table->setHorizontalHeaderLabels({tr("Name"), tr("This line"), tr("Meaning")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (const ExplainedParameter &p : m_explanation.parameters) {
        table->setItem(row, 0, new QTableWidgetItem(p.name));
        auto *value = new QTableWidgetItem(p.value);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        value->setFont(mono);
        table->setItem(row, 1, value);
        table->setItem(row, 2, new QTableWidgetItem(p.reference ? text(p.reference->description) : QString()));
        ++row;
    }
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(height);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->addWidget(table);
}

void ReferencePanel::addCauses()
{
    const CatalogEntry &entry = *m_explanation.entry;
    if (entry.causes.isEmpty())
        return;
    addSection(u"causesHeading"_s, tr("Possible causes"));
    QString html = u"<ol style='margin-left:-20px'>"_s;
    for (int index : m_explanation.causeOrder) {
        const CatalogCause &cause = entry.causes.at(index);
        QString item = proseToHtml(text(cause.text)).replace(u'\n', u"<br>"_s);
        if (cause.condition && !cause.condition->fallback && !cause.condition->equals.isEmpty())
            item = u"<code>%1</code>: %2"_s.arg(escaped(cause.condition->equals), item);
        if (index == m_explanation.matchedCause)
            item = u"<b>%1</b><br><span style='color:#1a7f37'>&#9664; %2</span>"_s.arg(
                item, escaped(tr("this line: %1=%2").arg(cause.condition->parameter,
                                                         [&] {
                                                             for (const auto &p : m_explanation.parameters)
                                                                 if (p.name.compare(cause.condition->parameter, Qt::CaseInsensitive) == 0)
                                                                     return p.value;
                                                             return QString();
                                                         }())));
        html += u"<li>"_s + item + u"</li>"_s;
    }
    html += u"</ol>"_s;
    addParagraph(u"referenceCauses"_s, html);
}

QWidget *ReferencePanel::makeStep(const ShownStep &shown, int number)
{
    const CatalogStep &step = *shown.step;
    auto *row = new QWidget(m_content);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 2);
    auto *check = new QCheckBox(row);
    check->setObjectName(u"step%1"_s.arg(number));
    // QCheckBox has no word wrap: the text goes into a label beside it, the box stays accessible.
    auto *line = new QHBoxLayout;
    auto *label = new QLabel(proseToHtml(text(step.text)).replace(u'\n', u"<br>"_s), row);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setBuddy(check);
    check->setAccessibleName(text(step.text));
    check->setChecked(m_case && m_case->isTicked(shown.id));
    check->setEnabled(shown.id.isValid());
    auto *noteButton = new QToolButton(row);
    noteButton->setObjectName(u"stepNoteButton%1"_s.arg(number));
    noteButton->setText(tr("Note"));
    noteButton->setToolTip(tr("Write a note on this step"));
    noteButton->setAccessibleName(tr("Note on step %1").arg(number + 1));
    noteButton->setAutoRaise(true);
    line->addWidget(check, 0, Qt::AlignTop);
    line->addWidget(label, 1);
    line->addWidget(noteButton, 0, Qt::AlignTop);
    layout->addLayout(line);

    auto *note = new QLineEdit(row);
    note->setObjectName(u"stepNote%1"_s.arg(number));
    note->setPlaceholderText(tr("What you found, who you asked, what you changed..."));
    note->setAccessibleName(tr("Note on step %1").arg(number + 1));
    note->setText(m_case ? m_case->note(shown.id) : QString());
    note->setVisible(!note->text().isEmpty());
    note->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(note);
    connect(noteButton, &QToolButton::clicked, note, [note] {
        note->setVisible(true);
        note->setFocus();
    });
    const StepId id = shown.id;
    connect(check, &QCheckBox::toggled, this, [this, id](bool ticked) {
        if (m_case)
            m_case->setTicked(id, ticked);
        updateProgress();
    });
    connect(note, &QLineEdit::editingFinished, this, [this, id, note] {
        if (m_case)
            m_case->setNote(id, note->text());
    });

    for (const QString &command : step.commands) {
        auto *commandRow = new QHBoxLayout;
        commandRow->setContentsMargins(24, 0, 0, 0);
        auto *code = new QLabel(command, row);
        code->setTextFormat(Qt::PlainText);
        code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        code->setTextInteractionFlags(Qt::TextSelectableByMouse);
        code->setStyleSheet(u"QLabel { background: palette(alternate-base); padding: 2px 6px; border-radius: 3px; }"_s);
        auto *copy = new QToolButton(row);
        copy->setObjectName(u"copyCommand"_s);
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy the command %1").arg(command.toHtmlEscaped()));
        copy->setAccessibleName(tr("Copy command %1").arg(command));
        connect(copy, &QToolButton::clicked, this, [this, command] {
            QApplication::clipboard()->setText(command);
            Q_EMIT commandCopied(command);
        });
        commandRow->addWidget(code);
        commandRow->addWidget(copy);
        commandRow->addStretch();
        layout->addLayout(commandRow);
    }
    return row;
}

void ReferencePanel::updateProgress()
{
    if (!m_progress || !m_explanation.entry)
        return;
    const QList<ShownStep> steps = shownSteps(*m_explanation.entry, m_explanation.matchedCause, m_explanation.causeOrder);
    int ticked = 0;
    for (const QCheckBox *box : m_content->findChildren<QCheckBox *>())
        ticked += box->isChecked() ? 1 : 0;
    m_progress->setText(tr("%1 of %2 steps done").arg(ticked).arg(steps.size()));
}

void ReferencePanel::addSteps()
{
    const CatalogEntry &entry = *m_explanation.entry;
    const QList<ShownStep> steps = shownSteps(entry, m_explanation.matchedCause, m_explanation.causeOrder);
    if (steps.isEmpty())
        return;
    addSection(u"stepsHeading"_s, tr("What to do"));
    m_progress = new QLabel(m_content);
    m_progress->setObjectName(u"checklistProgress"_s);
    m_layout->addWidget(m_progress);
    auto *box = new QWidget(m_content);
    box->setObjectName(u"referenceSteps"_s);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    int n = 0;
    for (const ShownStep &step : steps)
        layout->addWidget(makeStep(step, n++));
    m_layout->addWidget(box);
    updateProgress();
}

} // namespace LogSage
