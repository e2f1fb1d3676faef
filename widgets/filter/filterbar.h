#pragma once

#include "filterspec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QShortcut;
class QTimer;
class QToolButton;

namespace LogSage {

class HiddenMessagesButton;

/// The noise control above a log: text or regular expression, worst severity, module, message,
/// host, time range, recognized or unknown, and the messages hidden from the log (listed, to show
/// them again one by one). Text is applied after a short pause in typing; an
/// invalid expression tints the field (with an icon and the reason as tooltip), never while the
/// user is still in the middle of a word.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// The values offered in the combo boxes (from the opened document).
    void setChoices(const QStringList &modules, const QStringList &messages, const QStringList &hosts);
    FilterSpec spec() const { return m_spec; }
    void setSpec(const FilterSpec &spec); ///< shows `spec` without emitting specChanged
    /// The log's first and last time, offered in the time fields while they are not in use.
    void setTimeSpan(const QDateTime &first, const QDateTime &last);
    /// Shows how many lines pass the filter; while `searching`, also the Stop button (and Esc).
    /// A search that ends makes the current filter the one Stop goes back to.
    void setShownCount(quint64 shown, quint64 total, bool searching);
    /// The last filter whose search ended (empty when none did): what Stop goes back to.
    FilterSpec lastCompleteSpec() const { return m_lastComplete; }
    /// After Stop: the log shows `applied` again, but the fields keep what was typed, marked as not
    /// applied ("press Enter to run it again"); spec() is `applied` until the user runs it.
    void showStopped(const FilterSpec &applied);
    bool isShowingStopped() const { return m_notApplied; }
    void focusText();

Q_SIGNALS:
    void specChanged(const LogSage::FilterSpec &spec);
    /// The user pressed Stop (or Esc) while the filter's search ran.
    void stopRequested();
    /// Esc in the bar while another Esc of the window was enabled too (the log view's search runs):
    /// whoever owns both stops both.
    void ambiguousEscape();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void readControls();
    void validateText();
    static void setComboChoices(QComboBox *box, const QStringList &values, const QString &anyText);

    FilterSpec m_spec;
    FilterSpec m_lastComplete;
    bool m_updating = false;
    QLineEdit *m_text = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_case = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_module = nullptr;
    QComboBox *m_message = nullptr;
    QComboBox *m_host = nullptr;
    QComboBox *m_recognition = nullptr;
    QCheckBox *m_useTime = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QToolButton *m_clear = nullptr;
    QToolButton *m_stop = nullptr;
    QAction *m_stopAction = nullptr;
    QShortcut *m_escape = nullptr;
    bool m_notApplied = false;
    QLabel *m_shown = nullptr;
    HiddenMessagesButton *m_hidden = nullptr;
    QTimer *m_typingPause = nullptr;
    QAction *m_invalidIcon = nullptr;
};

} // namespace LogSage
