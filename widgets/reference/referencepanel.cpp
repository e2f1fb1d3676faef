#include "referencepanel.h"

#include "case.h"
#include "casestep.h"
#include "foldablecause.h"
#include "parametertable.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollArea>
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
    m_scroll->setObjectName(u"referenceScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);
    retranslate();
    rebuild();
}

void ReferencePanel::setExplanation(const LineExplanation &explanation)
{
    if (explanation.entry != m_explanation.entry)
        m_expandedCauses.clear();
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
    keepTypedNotes();
    m_case = investigation;
    rebuild();
}

void ReferencePanel::setMessageProgress(MessageProgress progress)
{
    m_messageProgress = std::move(progress);
    updateProgress();
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
    } else if (event->type() == QEvent::PaletteChange && m_content) {
        rebuild(); // the marks' colours follow the light or dark palette
    }
    QWidget::changeEvent(event);
}

void ReferencePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_language == ReferenceLanguage::Both && (event->size().width() >= sideBySideMinimumWidth()) != m_sideBySide)
        rebuild();
}

int ReferencePanel::sideBySideMinimumWidth() const
{
    // Two columns of about 30 Latin characters, with the checkbox and note button beside them.
    return fontMetrics().averageCharWidth() * 72;
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

QString ReferencePanel::originBadge(TextOrigin origin) const
{
    switch (origin) {
    case TextOrigin::Vendor: return tr("vendor reference");
    case TextOrigin::Translated: return tr("translated by LogSage");
    case TextOrigin::Written: return tr("written by LogSage");
    case TextOrigin::User: return tr("user catalog");
    }
    return {};
}

QString ReferencePanel::provenanceBadge(const LocalizedText &value) const
{
    if (m_language != ReferenceLanguage::Both)
        return originBadge(value.origin(m_language == ReferenceLanguage::Chinese ? Language::Chinese : Language::English));
    const TextOrigin zh = value.origin(Language::Chinese);
    const TextOrigin en = value.origin(Language::English);
    if (zh == en)
        return originBadge(zh);
    return tr("Chinese: %1 · English: %2").arg(originBadge(zh), originBadge(en));
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

void ReferencePanel::keepTypedNotes()
{
    for (const auto &[edit, id] : std::as_const(m_notes)) {
        if (edit && edit->isModified() && m_case && m_case->note(id) != edit->text())
            m_case->setNote(id, edit->text());
        if (edit)
            edit->setModified(false);
    }
}

void ReferencePanel::rebuild()
{
    keepTypedNotes();
    m_notes.clear();
    m_content = new QWidget;
    m_progress = nullptr;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(10, 4, 10, 10);
    m_sideBySide = m_language == ReferenceLanguage::Both && width() >= sideBySideMinimumWidth();
    m_columns.reset();
    if (m_sideBySide) {
        QCheckBox probeCheck;
        QToolButton probeNote;
        probeNote.setText(tr("Note"));
        probeNote.setAutoRaise(true);
        m_columns.emplace(probeCheck, probeNote);
    }
    const LineExplanation &e = m_explanation;

    if (!e.isRecord) {
        addParagraph(u"referenceEmpty"_s,
                     escaped(tr("Select a log line to see what its message means, why it happens and what to do.")));
    } else if (!e.entry) {
        addUnknown();
    } else {
        const CatalogEntry &entry = *e.entry;
        QString title = u"<b style='font-family:monospace; font-size:larger'>%1</b>"_s.arg(escaped(entry.id));
        title += u"<br>"_s + escaped(tr("Severity %1 (%2)").arg(e.severity).arg(translatedSeverityName(e.severity)));
        if (e.severityDiffers)
            title += u"<br><span style='color:%1'>%2</span>"_s.arg(accent(false), escaped(
                tr("The reference gives severity %1 (%2); this device printed %3.")
                    .arg(entry.severity).arg(translatedSeverityName(entry.severity)).arg(e.severity)));
        addParagraph(u"referenceTitle"_s, title);
        // Every entry says where its text comes from, whether or not the reference numbers its section.
        QString provenance = escaped(provenanceBadge(entry.meaning));
        if (!entry.section.isEmpty())
            provenance = escaped(tr("Section %1").arg(entry.section)) + u" · "_s + provenance;
        addParagraph(u"referenceProvenance"_s, u"<small>%1</small>"_s.arg(provenance));
        if (!entry.appliesTo.isEmpty())
            addParagraph(u"referenceAppliesTo"_s, u"<i>%1</i>"_s.arg(escaped(text(entry.appliesTo))));
        addSection(u"meaningHeading"_s, tr("Meaning"));
        if (m_sideBySide) {
            m_layout->addWidget(m_columns->heads(u"referenceColumnHeads"_s));
            m_layout->addWidget(m_columns->row(u"referenceMeaning"_s, [&](Language language) {
                return proseToHtml(entry.meaning.text(language)).replace(u'\n', u"<br>"_s);
            }));
            if (!entry.note.isEmpty())
                m_layout->addWidget(m_columns->row(u"referenceNote"_s, [&](Language language) {
                    return u"<i>%1</i>"_s.arg(escaped(entry.note.text(language)));
                }));
        } else {
            addParagraph(u"referenceMeaning"_s, proseToHtml(text(entry.meaning)).replace(u'\n', u"<br>"_s));
            if (!entry.note.isEmpty())
                addParagraph(u"referenceNote"_s, u"<i>%1</i>"_s.arg(escaped(text(entry.note))));
        }
        // What it means, why (the cause this line points to) and what to do come first, so that
        // the checklist is in view without scrolling; the details follow: the parameter table and
        // the other causes, folded to a line each.
        if (listedCause(entry, e.matchedCause) >= 0)
            addMatchedCause();
        else if (e.matchedCause >= 0)
            addSection(u"causesHeading"_s, tr("No listed cause matches %1").arg(matchedValue()));
        addSteps();
        addParameters();
        addOtherCauses();
    }
    m_layout->addStretch();
    m_scroll->setWidget(m_content); // deletes the previous content
}

void ReferencePanel::addUnknown()
{
    const QString id = m_explanation.messageId;
    addParagraph(u"referenceTitle"_s, u"<b style='font-family:monospace'>%1</b>"_s.arg(escaped(id)));
    addParagraph(u"referenceUnknown"_s,
                 escaped(tr("This message is not in any loaded reference catalog. The line is shown as the "
                            "device printed it; import the vendor's log reference for this product "
                            "(File > Import Reference...) to explain it.")));
    auto *searchLabel = new QLabel(tr("Look for related messages in the reference:"), m_content);
    searchLabel->setWordWrap(true);
    m_layout->addWidget(searchLabel);
    auto *row = new QHBoxLayout;
    auto *field = new QLineEdit(m_content);
    field->setObjectName(u"catalogSearchField"_s);
    field->setAccessibleName(tr("Search the reference catalogs"));
    field->setPlaceholderText(tr("Message ID, module or words"));
    field->setClearButtonEnabled(true);
    // The module: the message itself is in no catalog, but its neighbours often are.
    field->setText(id.section(u'/', 0, 0));
    searchLabel->setBuddy(field);
    auto *button = new QPushButton(tr("&Search Reference"), m_content);
    button->setObjectName(u"catalogSearchButton"_s);
    row->addWidget(field, 1);
    row->addWidget(button);
    m_layout->addLayout(row);
    auto search = [this, field] {
        if (!field->text().trimmed().isEmpty())
            Q_EMIT catalogSearchRequested(field->text().trimmed());
    };
    connect(button, &QPushButton::clicked, this, search);
    connect(field, &QLineEdit::returnPressed, this, search);
}

void ReferencePanel::addParameters()
{
    if (m_explanation.parameters.isEmpty())
        return;
    addSection(u"parametersHeading"_s, tr("Parameters"));
    auto *table = new ParameterTable({tr("Name"), tr("This line"), tr("Meaning")}, m_content);
    table->setObjectName(u"parameterTable"_s);
    table->setAccessibleName(tr("Parameters of this line"));
    for (const ExplainedParameter &p : m_explanation.parameters)
        table->addParameter(p.name, p.value, p.reference ? text(p.reference->description) : QString());
    m_layout->addWidget(table);
}

QString ReferencePanel::causeHtml(const CatalogCause &cause, const QString &prose) const
{
    QString item = proseToHtml(prose).replace(u'\n', u"<br>"_s);
    if (cause.condition && !cause.condition->fallback && !cause.condition->equals.isEmpty())
        item = u"<code>%1</code>: %2"_s.arg(escaped(cause.condition->equals), item);
    return item;
}

void ReferencePanel::addMatchedCause()
{
    const CatalogCause &cause = m_explanation.entry->causes.at(m_explanation.matchedCause);
    addSection(u"causesHeading"_s, tr("Likely cause"));
    const QString mark = u"<span style='color:%1'>&#9664; %2</span>"_s.arg(accent(true), escaped(tr("this line: %1").arg(matchedValue())));
    if (m_sideBySide) {
        m_layout->addWidget(m_columns->row(u"referenceCause0"_s, [&](Language language) {
            return u"<b>%1</b>"_s.arg(causeHtml(cause, cause.text.text(language)));
        }));
        QLabel *markLabel = m_columns->spanning(mark);
        markLabel->setObjectName(u"referenceMatchedCause"_s);
        m_layout->addWidget(markLabel);
    } else {
        addParagraph(u"referenceCause0"_s, u"<b>%1</b>"_s.arg(causeHtml(cause, text(cause.text))));
        addParagraph(u"referenceMatchedCause"_s, mark);
    }
}

void ReferencePanel::addOtherCauses()
{
    const CatalogEntry &entry = *m_explanation.entry;
    const int listed = listedCause(entry, m_explanation.matchedCause);
    const bool matched = listed >= 0;
    QList<int> others;
    for (int index : causesFallbackLast(entry, m_explanation.causeOrder))
        if (index != listed)
            others.append(index);
    if (others.isEmpty())
        return;
    addSection(u"otherCausesHeading"_s, matched ? tr("Other possible causes") : tr("Possible causes"));
    int number = matched ? 1 : 0;
    for (int index : std::as_const(others)) {
        const CatalogCause &cause = entry.causes.at(index);
        const QString name = u"referenceCause%1"_s.arg(number++);
        QWidget *detail = nullptr;
        if (m_sideBySide) {
            detail = m_columns->row(name, [&](Language language) {
                return causeHtml(cause, cause.text.text(language)) + causeStepsHtml(cause, matched, [language](const LocalizedText &t) {
                    return t.text(language);
                });
            });
        } else {
            auto *label = new QLabel(causeHtml(cause, text(cause.text))
                                     + causeStepsHtml(cause, matched, [this](const LocalizedText &t) { return text(t); }));
            label->setObjectName(name);
            label->setTextFormat(Qt::RichText);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            label->setContentsMargins(24, 0, 0, 4); // under the summary, past the arrow
            detail = label;
        }
        QString summary = m_language == ReferenceLanguage::Both && !cause.text.zh.isEmpty() && !cause.text.en.isEmpty()
            ? cause.text.zh + u" · "_s + cause.text.en
            : text(cause.text);
        if (cause.condition && !cause.condition->fallback && !cause.condition->equals.isEmpty())
            summary = cause.condition->equals + u": "_s + summary;
        summary.replace(u'\n', u' ').remove(u'`');
        auto *fold = new FoldableCause(name + u"Fold"_s, summary, detail, m_content);
        // Unfolded causes stay unfolded while the panel shows the same entry (language, width).
        const QString key = entry.id + u'/' + cause.key + QString::number(index);
        fold->setExpanded(m_expandedCauses.contains(key));
        connect(fold, &FoldableCause::expandedChanged, this, [this, key](bool expanded) {
            if (expanded)
                m_expandedCauses.insert(key);
            else
                m_expandedCauses.remove(key);
        });
        m_layout->addWidget(fold);
    }
}

QString ReferencePanel::causeStepsHtml(const CatalogCause &cause, bool matched,
                                      const std::function<QString(const LocalizedText &)> &textOf) const
{
    if (cause.steps.isEmpty())
        return {};
    // Without a listed match every cause's steps are in the checklist already; with one, the
    // checklist holds the matched cause's steps only, so an unfolded cause lists its own.
    if (!matched)
        return u"<br><i>%1</i>"_s.arg(escaped(tr("Its steps are in the checklist above.")));
    QString html = u"<br><i>%1</i>"_s.arg(escaped(tr("Its steps:")));
    int number = 0;
    for (const CatalogStep &step : cause.steps)
        html += u"<br>%1. %2"_s.arg(++number).arg(proseToHtml(textOf(step.text)).replace(u'\n', u"<br>"_s));
    return html;
}

QString ReferencePanel::accent(bool good) const
{
    // Readable on the light and the dark palette alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    if (good)
        return dark ? u"#7ee787"_s : u"#1a7f37"_s;
    return dark ? u"#ff7b72"_s : u"#c01c28"_s;
}

QString ReferencePanel::matchedValue() const
{
    const CatalogCause &cause = m_explanation.entry->causes.at(m_explanation.matchedCause);
    if (!cause.condition)
        return {};
    QString value;
    for (const auto &p : m_explanation.parameters)
        if (p.name.compare(cause.condition->parameter, Qt::CaseInsensitive) == 0)
            value = p.value;
    return cause.condition->parameter + u'=' + value;
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
    auto *noteButton = new QToolButton(row);
    noteButton->setObjectName(u"stepNoteButton%1"_s.arg(number));
    noteButton->setText(tr("Note"));
    noteButton->setToolTip(tr("Write a note on this step"));
    noteButton->setAccessibleName(tr("Note on step %1").arg(number + 1));
    noteButton->setAutoRaise(true);
    auto *line = new QHBoxLayout;
    if (m_sideBySide) {
        // The checkbox and note button take the gutters, so the two texts line up with the rows above.
        QWidget *texts = m_columns->row(u"stepText%1"_s.arg(number), [&](Language language) {
            return proseToHtml(step.text.text(language)).replace(u'\n', u"<br>"_s);
        }, check, noteButton);
        for (QLabel *label : texts->findChildren<QLabel *>())
            label->setBuddy(check);
        line->addWidget(texts);
    } else {
        auto *label = new QLabel(proseToHtml(text(step.text)).replace(u'\n', u"<br>"_s), row);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setBuddy(check);
        line->addWidget(check, 0, Qt::AlignTop);
        line->addWidget(label, 1);
        line->addWidget(noteButton, 0, Qt::AlignTop);
    }
    check->setAccessibleName(text(step.text));
    check->setChecked(m_case && m_case->isTicked(shown.id));
    check->setEnabled(shown.id.isValid());
    layout->addLayout(line);

    auto *note = new QLineEdit(row);
    note->setObjectName(u"stepNote%1"_s.arg(number));
    note->setPlaceholderText(tr("What you found, who you asked, what you changed..."));
    note->setAccessibleName(tr("Note on step %1").arg(number + 1));
    note->setText(m_case ? m_case->note(shown.id) : QString());
    note->setVisible(!note->text().isEmpty());
    m_notes.append({note, shown.id});
    // Under the step's text: in two columns, where the Chinese column starts.
    const int indent = m_columns ? m_columns->textIndent() : 24;
    note->setContentsMargins(indent, 0, 0, 0);
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
        commandRow->setContentsMargins(indent, 0, 0, 0);
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
    QString progress = tr("This line: %1 of %n step(s) done", nullptr, int(steps.size())).arg(ticked);
    // The messages overview counts the steps of every cause the message's lines point to: both
    // numbers side by side, so that "0 of 1" here and "0/5" there read together.
    if (const std::optional<StepProgress> message = m_messageProgress ? m_messageProgress(m_explanation.messageId) : std::nullopt;
        message && message->total > 0)
        progress += u" · "_s + tr("all lines of this message: %1").arg(message->toString());
    m_progress->setText(progress);
}

void ReferencePanel::addSteps()
{
    const CatalogEntry &entry = *m_explanation.entry;
    const QList<ShownStep> steps = shownSteps(entry, m_explanation.matchedCause, m_explanation.causeOrder);
    if (steps.isEmpty()) {
        // Say so rather than leave the engineer looking for a checklist that is not there.
        if (!entry.causes.isEmpty()) {
            addSection(u"stepsHeading"_s, tr("What to do"));
            addParagraph(u"referenceNoSteps"_s,
                         escaped(listedCause(entry, m_explanation.matchedCause) >= 0
                                     ? tr("The reference gives no steps for this cause; unfold another cause below to see its steps.")
                                     : tr("The reference gives no steps for this message.")));
        }
        return;
    }
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
