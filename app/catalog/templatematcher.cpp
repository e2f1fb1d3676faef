#include "templatematcher.h"

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

bool isLoosePunctuation(QChar c)
{
    // Devices print parameter lists with irregular spaces around these.
    return c == u'(' || c == u')' || c == u',' || c == u'=' || c == u':' || c == u';' || c == u'，' || c == u'：'
        || c == u'（' || c == u'）' || c == u'。';
}

// The key a placeholder fills: the word(s) printed just before "=" or ":" in front of it.
QString keyBefore(const QString &literal)
{
    QString text = literal;
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    if (text.isEmpty() || (text.back() != u'=' && text.back() != u':'))
        return {};
    text.chop(1);
    qsizetype start = text.size();
    while (start > 0) {
        const QChar c = text.at(start - 1);
        if (c == u'(' || c == u',' || c == u';' || c == u'（' || c == u'，')
            break;
        --start;
    }
    return text.mid(start).trimmed();
}

QString loosePattern(const QString &literal)
{
    QString pattern;
    bool pendingSpace = false;
    for (const QChar c : literal) {
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace || isLoosePunctuation(c))
            pattern += u"\\s*"_s;
        pendingSpace = false;
        pattern += QRegularExpression::escape(QString(c));
        if (isLoosePunctuation(c))
            pattern += u"\\s*"_s;
    }
    if (pendingSpace)
        pattern += u"\\s*"_s;
    return pattern;
}

} // namespace

TemplateMatcher::TemplateMatcher(const QString &messageTemplate)
{
    static const QRegularExpression placeholder(u"\\[([^\\[\\]]+)\\]"_s);
    QString pattern;
    qsizetype literalStart = 0;
    bool hasLiteral = false;
    QString previousLiteral;
    auto addLiteral = [&](const QString &literal) {
        if (!literal.trimmed().isEmpty())
            hasLiteral = true;
        pattern += loosePattern(literal);
    };
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(messageTemplate); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString literal = messageTemplate.mid(literalStart, match.capturedStart() - literalStart);
        addLiteral(literal);
        // Lazy captures: each value ends where the next literal text begins.
        pattern += u"(.*?)"_s;
        const QString key = keyBefore(literal);
        m_placeholders.append({key.isEmpty() ? match.captured(1) : key, match.captured(1), QString()});
        literalStart = match.capturedEnd();
    }
    addLiteral(messageTemplate.mid(literalStart));
    m_valid = hasLiteral;
    m_pattern.setPattern(pattern + u"\\s*$"_s);
    m_pattern.setPatternOptions(QRegularExpression::DotMatchesEverythingOption);
    if (!m_pattern.isValid())
        m_valid = false;
}

std::optional<QList<TemplateValue>> TemplateMatcher::match(QStringView description) const
{
    if (!m_valid)
        return std::nullopt;
    const QRegularExpressionMatch match = m_pattern.matchView(description);
    if (!match.hasMatch())
        return std::nullopt;
    QList<TemplateValue> values = m_placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        values[i].value = match.captured(int(i + 1)).trimmed();
    return values;
}

std::optional<QList<TemplateValue>> matchTemplates(const QStringList &templates, QStringView description)
{
    for (const QString &messageTemplate : templates) {
        if (messageTemplate.isEmpty())
            continue;
        if (auto values = TemplateMatcher(messageTemplate).match(description))
            return values;
    }
    return std::nullopt;
}

} // namespace LogSage
