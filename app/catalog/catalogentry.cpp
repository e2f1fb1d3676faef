#include "catalogentry.h"

using namespace Qt::StringLiterals;

namespace LogSage {

QString LocalizedText::text(Language language) const
{
    const QString &wanted = language == Language::Chinese ? zh : en;
    if (!wanted.isEmpty())
        return wanted;
    return language == Language::Chinese ? en : zh;
}

TextOrigin LocalizedText::origin(Language language) const
{
    // The origin follows the text actually shown, so a fallback shows the other language's badge.
    const bool chinese = language == Language::Chinese;
    const QString &wanted = chinese ? zh : en;
    if (wanted.isEmpty())
        return chinese ? enOrigin : zhOrigin;
    return chinese ? zhOrigin : enOrigin;
}

QString originName(TextOrigin origin)
{
    switch (origin) {
    case TextOrigin::Vendor:
        return u"vendor"_s;
    case TextOrigin::Translated:
        return u"translated"_s;
    case TextOrigin::Written:
        return u"written"_s;
    case TextOrigin::User:
        return u"user"_s;
    }
    return u"vendor"_s;
}

std::optional<TextOrigin> originFromName(QStringView name)
{
    if (name == u"vendor")
        return TextOrigin::Vendor;
    if (name == u"translated")
        return TextOrigin::Translated;
    if (name == u"written")
        return TextOrigin::Written;
    if (name == u"user")
        return TextOrigin::User;
    return std::nullopt;
}

} // namespace LogSage
