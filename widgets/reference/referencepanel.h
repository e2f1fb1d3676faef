#pragma once

#include "bilingualcolumns.h"
#include "casestep.h"
#include "lineexplanation.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

#include <optional>

class QComboBox;
class QLineEdit;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace LogSage {

class Case;
struct ShownStep;

/// Which language the reference text is shown in.
enum class ReferenceLanguage { Chinese, English, Both };

/// The reference text for the selected log line: ID and severity, meaning, the parameters with
/// this line's values, the causes (the one this line points to first and marked), and the steps
/// as a checklist with copyable commands. In both languages the meaning, causes and steps stand
/// side by side (Chinese | English, rows aligned), or stacked when the panel is too narrow for
/// two columns. An unknown message gets a plain statement and a catalog search.
class ReferencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReferencePanel(QWidget *parent = nullptr);

    void setExplanation(const LineExplanation &explanation);
    const LineExplanation &explanation() const { return m_explanation; }
    void clear();
    /// Where ticks and notes are kept; null shows the checklist without keeping it.
    void setCase(Case *investigation);
    /// Progress over the steps of every cause the lines of a message (by ID as printed) point to,
    /// or nothing while it is unknown; shown next to this line's progress.
    using MessageProgress = std::function<std::optional<StepProgress>(const QString &messageId)>;
    void setMessageProgress(MessageProgress progress);
    /// Counts the checklist again (the message-wide progress changed elsewhere).
    void refreshProgress() { updateProgress(); }

    void setLanguage(ReferenceLanguage language);
    ReferenceLanguage language() const { return m_language; }
    /// True when both languages are shown in two columns (not stacked).
    bool isSideBySide() const { return m_sideBySide; }
    /// The panel width from which both languages stand side by side.
    int sideBySideMinimumWidth() const;

Q_SIGNALS:
    void languageChanged(LogSage::ReferenceLanguage language);
    void commandCopied(const QString &command);
    /// The user asked to search the reference catalogs (offered for an unknown message).
    void catalogSearchRequested(const QString &query);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void retranslate();
    QString text(const LocalizedText &text) const;
    QString originBadge(TextOrigin origin) const;
    /// Where the shown text comes from: one origin, or each language's in both languages.
    QString provenanceBadge(const LocalizedText &text) const;
    QLabel *addSection(const QString &objectName, const QString &title);
    QLabel *addParagraph(const QString &objectName, const QString &richText);
    void addUnknown();
    QString matchedValue() const; ///< "Reason=..." of this line, for the matched cause's parameter
    QString accent(bool good) const;  ///< a green (good) or red colour for the current palette
    void addParameters();
    QString causeHtml(const CatalogCause &cause, const QString &prose) const; ///< with its condition as code
    void addMatchedCause(); ///< in full and marked, right before the checklist
    void addOtherCauses();  ///< folded to a line each, after the checklist
    /// A folded cause's steps as it unfolds: listed, or a pointer to the checklist that holds them.
    QString causeStepsHtml(const CatalogCause &cause, bool matched,
                           const std::function<QString(const LocalizedText &)> &textOf) const;
    void addSteps();
    QWidget *makeStep(const ShownStep &shown, int number);
    void updateProgress();
    /// Keeps notes typed but not confirmed yet (Enter, or leaving the field) before the fields go.
    void keepTypedNotes();

    LineExplanation m_explanation;
    ReferenceLanguage m_language = ReferenceLanguage::English;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_progress = nullptr;
    QPointer<Case> m_case;
    MessageProgress m_messageProgress;
    bool m_sideBySide = false;
    std::optional<BilingualColumns> m_columns; ///< set while both languages stand side by side
    QSet<QString> m_expandedCauses; ///< causes unfolded by the user, kept while the entry is shown
    QList<std::pair<QPointer<QLineEdit>, StepId>> m_notes; ///< the note fields shown, by step
};

} // namespace LogSage
