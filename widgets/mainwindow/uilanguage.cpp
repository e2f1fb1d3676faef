#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {
const auto LanguageKey = u"language"_s;
}

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
}

QString UiLanguage::preferred()
{
    const QString saved = QSettings().value(LanguageKey).toString();
    if (!saved.isEmpty())
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

void UiLanguage::remember(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

bool UiLanguage::apply(const QString &language)
{
    for (QTranslator **translator : {&m_ours, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QLocale locale(language);
    bool loaded = true;
    if (locale.language() == QLocale::Chinese) {
        m_ours = new QTranslator(this);
        loaded = m_ours->load(locale, u"logsage"_s, u"_"_s, u":/i18n"_s);
        if (loaded)
            QCoreApplication::installTranslator(m_ours);
        m_qt = new QTranslator(this);
        if (m_qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
    } else {
        // English needs only its plural forms: "%n tunnel(s)" becomes "1 tunnel" or "2 tunnels".
        m_ours = new QTranslator(this);
        loaded = m_ours->load(u"logsage_en"_s, u":/i18n"_s) || m_ours->load(u"logsage_en"_s, u":/logsage/report/i18n"_s);
        if (loaded)
            QCoreApplication::installTranslator(m_ours);
    }
    // removeTranslator() and installTranslator() send QEvent::LanguageChange to every widget.
    m_current = locale.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    return loaded;
}

} // namespace LogSage
