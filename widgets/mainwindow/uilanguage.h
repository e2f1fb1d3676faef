#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace LogSage {

/// The user interface language, switchable at run time: installs LogSage's and Qt's own
/// translators and remembers the choice. Widgets retranslate on QEvent::LanguageChange.
class UiLanguage : public QObject
{
    Q_OBJECT
public:
    explicit UiLanguage(QObject *parent = nullptr);

    /// "en" or "zh_CN"; the saved choice, else the system locale's.
    static QString preferred();
    /// Installs the translators for `language` ("en", "zh_CN"); false when ours is missing.
    bool apply(const QString &language);
    /// Makes `language` the choice for the next start.
    static void remember(const QString &language);
    QString current() const { return m_current; }

private:
    QTranslator *m_ours = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};

} // namespace LogSage
