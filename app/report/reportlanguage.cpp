#include "reportlanguage.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

namespace LogSage {

ReportLanguage::ReportLanguage(Language language)
    : m_language(language)
{
    const QString path = translationsPath(language);
    if (path.isEmpty())
        return;
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(path))
        m_translator = std::move(translator);
}

ReportLanguage::~ReportLanguage() = default;

bool ReportLanguage::hasTranslations() const
{
    return m_language == Language::English || m_translator != nullptr;
}

QString ReportLanguage::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString result;
    if (m_translator)
        result = m_translator->translate(context, source, disambiguation, n);
    if (result.isEmpty())
        result = QString::fromUtf8(source);
    // QCoreApplication::translate() does this for the application's translators; ours is private.
    if (n >= 0)
        result.replace(u"%n"_s, QString::number(n));
    return result;
}

QString ReportLanguage::translationsPath(Language language)
{
    return language == Language::Chinese ? u":/logsage/report/i18n/logsage_zh_CN.qm"_s : QString();
}

} // namespace LogSage
