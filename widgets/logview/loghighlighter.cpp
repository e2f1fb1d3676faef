#include "loghighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository *shared = [] {
        auto *created = new KSyntaxHighlighting::Repository;
        // Looks for syntax/huawei-vrp.xml below the resource prefix.
        created->addCustomSearchPath(u":/logsage"_s);
        if (QCoreApplication *app = QCoreApplication::instance())
            created->setParent(app); // freed with the application, before its plugins unload
        return created;
    }();
    return *shared;
}
} // namespace

LogHighlighter::LogHighlighter()
{
    setDefinition(repository().definitionForName(u"Huawei VRP Log"_s));
    setDarkTheme(false);
}

LogHighlighter::~LogHighlighter() = default;

void LogHighlighter::setDarkTheme(bool dark)
{
    m_dark = dark;
    setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                            : KSyntaxHighlighting::Repository::LightTheme));
    m_formatCache.clear();
}

bool LogHighlighter::hasDefinition() const
{
    return definition().isValid();
}

QString LogHighlighter::definitionName() const
{
    return definition().name();
}

QList<QTextLayout::FormatRange> LogHighlighter::highlight(const QString &line)
{
    m_ranges.clear();
    highlightLine(line, KSyntaxHighlighting::State());
    return std::exchange(m_ranges, {});
}

QColor LogHighlighter::textColor() const
{
    return QColor::fromRgba(theme().textColor(KSyntaxHighlighting::Theme::Normal));
}

QColor LogHighlighter::backgroundColor() const
{
    return QColor::fromRgba(theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}

void LogHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    m_ranges.append({offset, length, charFormat(format)});
}

QTextCharFormat LogHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    auto it = m_formatCache.constFind(format.id());
    if (it != m_formatCache.constEnd())
        return *it;
    QTextCharFormat result;
    const auto &th = theme();
    if (format.hasTextColor(th))
        result.setForeground(format.textColor(th));
    if (format.hasBackgroundColor(th))
        result.setBackground(format.backgroundColor(th));
    if (format.isBold(th))
        result.setFontWeight(QFont::Bold);
    if (format.isItalic(th))
        result.setFontItalic(true);
    if (format.isUnderline(th))
        result.setFontUnderline(true);
    m_formatCache.insert(format.id(), result);
    return result;
}

} // namespace LogSage
