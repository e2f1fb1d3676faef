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

QString tunnelEventMarkName(TunnelEventMark mark)
{
    switch (mark) {
    case TunnelEventMark::None:
        return QString();
    case TunnelEventMark::Up:
        return u"up"_s;
    case TunnelEventMark::Down:
        return u"down"_s;
    case TunnelEventMark::Failure:
        return u"failure"_s;
    }
    return QString();
}

std::optional<TunnelEventMark> tunnelEventMarkFromName(QStringView name)
{
    if (name == u"up")
        return TunnelEventMark::Up;
    if (name == u"down")
        return TunnelEventMark::Down;
    if (name == u"failure")
        return TunnelEventMark::Failure;
    return std::nullopt;
}

bool splitMessageId(const QString &id, QString *module, int *severity, QString *brief)
{
    // MODULE/SEVERITY/BRIEF: [A-Za-z][A-Za-z0-9_-]* / [0-7] / [A-Za-z0-9_.-]+ (by hand: this runs for every entry loaded)
    auto isWordChar = [](QChar c, bool dot) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-'
            || (dot && c == u'.');
    };
    const qsizetype slash = id.indexOf(u'/');
    if (slash < 1 || slash + 3 >= id.size() || id.at(slash + 2) != u'/')
        return false;
    const QChar first = id.at(0);
    if (!((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')))
        return false;
    for (qsizetype i = 1; i < slash; ++i) {
        if (!isWordChar(id.at(i), false))
            return false;
    }
    const QChar level = id.at(slash + 1);
    if (level < u'0' || level > u'7')
        return false;
    for (qsizetype i = slash + 3; i < id.size(); ++i) {
        if (!isWordChar(id.at(i), true))
            return false;
    }
    *module = id.left(slash);
    *severity = level.unicode() - u'0';
    *brief = id.mid(slash + 3);
    return true;
}

} // namespace LogSage
