#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace LogSage {

/// A non-blocking message bar above a log: a word-wrapped plain-text sentence, action buttons
/// added by a subclass, and a close button. The sentence is rebuilt when the UI language changes.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    /// Makes the sentence shown, again after the UI language changed.
    using Sentence = std::function<QString()>;

    /// The object names of the bar, its text label and its close button (tests and styles find them by these).
    struct Names {
        QString bar;
        QString text;
        QString close;
    };

    explicit MessageBar(const Names &names, QWidget *parent = nullptr);

    /// The sentence shown.
    QString text() const;

protected:
    /// Adds an action button before the close button; clicking it hides the bar first.
    QPushButton *addActionButton(const QString &objectName);
    QToolButton *closeButton() const { return m_close; }
    /// Keeps `text` as the sentence, shows it and shows the bar.
    void showSentence(Sentence text);
    /// Sets the subclass's translated button texts and tooltips; called on a language change.
    virtual void retranslateButtons() { }

    void changeEvent(QEvent *event) override;

private:
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Sentence m_sentence;
};

} // namespace LogSage
