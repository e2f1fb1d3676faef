#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace LogSage {

/// A message bar above a log about its case, which never blocks: that the log file has grown
/// (a statement the user closes), or that it has changed since a stored case was saved (a
/// question: use that case, or start a new one).
class CaseMessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit CaseMessageBar(QWidget *parent = nullptr);

    /// Makes the sentence shown, again after the UI language changed.
    using Sentence = std::function<QString()>;
    /// Shows `text` with a close button only.
    void showStatement(Sentence text);
    /// Shows `text` with the buttons Use That Case and Start a New Case.
    void showQuestion(Sentence text);
    QString text() const;
    bool isQuestion() const;

Q_SIGNALS:
    void useThatCase();
    void startNewCase();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_new = nullptr;
    QToolButton *m_close = nullptr;
    Sentence m_sentence;
};

} // namespace LogSage
