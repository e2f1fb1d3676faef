#pragma once

#include "filterspec.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace LogSage {

/// The slim find bar under a log view: text or regular expression, case, Next and Previous. Unlike
/// the filter bar it hides no line; the owner searches the rows shown for it. Esc closes it.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    /// Shows the bar and puts the focus in its field, text selected.
    void open();
    /// What to search for: text, regex and case only (empty text: nothing to search).
    FilterSpec query() const;
    void setText(const QString &text);
    /// A short note beside the buttons ("Not found"), cleared by an empty string.
    void setStatus(const QString &status);
    QString status() const;

Q_SIGNALS:
    void findRequested(bool forward); ///< Enter / Next (true), Shift+Enter / Previous (false)
    void closed();                    ///< Esc or the close button: the focus goes back to the log

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_text = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace LogSage
