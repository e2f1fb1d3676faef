#pragma once

#include "messagebar.h"

namespace LogSage {

/// A message bar above a log about its case, which never blocks: that the log file has grown
/// (a statement the user closes), or that it has changed since a stored case was saved (a
/// question: use that case, or start a new one).
class CaseMessageBar : public MessageBar
{
    Q_OBJECT
public:
    explicit CaseMessageBar(QWidget *parent = nullptr);

    /// Shows `text` with a close button only.
    void showStatement(Sentence text);
    /// Shows `text` with the buttons Use That Case and Start a New Case.
    void showQuestion(Sentence text);
    bool isQuestion() const;

Q_SIGNALS:
    void useThatCase();
    void startNewCase();

protected:
    void retranslateButtons() override;

private:
    QPushButton *m_use = nullptr;
    QPushButton *m_new = nullptr;
};

} // namespace LogSage
