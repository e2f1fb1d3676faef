#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace LogSage {

/// "Searching… 42% [Stop]": a small panel over the log view's bottom right corner while a long
/// search runs (LogView shows it when the search reports progress).
class SearchIndicator : public QFrame
{
    Q_OBJECT
public:
    explicit SearchIndicator(QWidget *parent = nullptr);

    void setProgress(int permille);

Q_SIGNALS:
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QToolButton *m_stop = nullptr;
    int m_permille = 0;
};

} // namespace LogSage
