#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <optional>

namespace LogSage {

/// One value pulled out of a log description by a message template.
struct TemplateValue {
    QString parameter;   ///< the key printed before the placeholder (`PeerAddress=[STRING]` gives
                         ///< "PeerAddress"), else the placeholder's own name ("peer-name")
    QString placeholder; ///< the name between the brackets, e.g. "STRING"
    QString value;       ///< trimmed
};

/// Matches a log description against an entry's message template (`[param]` placeholders) and
/// pulls out the placeholder values, e.g. "IKEv2 peer [peer-name] begin re-authentication." or
/// "... reached the maximum ([ULONG]).". Whitespace is matched loosely; text before the template
/// (such as a "Vsys public: " prefix) is allowed.
class TemplateMatcher
{
public:
    explicit TemplateMatcher(const QString &messageTemplate);

    /// False when the template has no literal text to anchor on (e.g. empty).
    bool isValid() const { return m_valid; }
    /// The placeholders in template order, each with the parameter name it fills.
    const QList<TemplateValue> &placeholders() const { return m_placeholders; }
    /// The values in template order, or nothing when the description does not fit the template.
    std::optional<QList<TemplateValue>> match(QStringView description) const;

private:
    QRegularExpression m_pattern;
    QList<TemplateValue> m_placeholders;
    bool m_valid = false;
};

/// Matches `description` against each non-empty template in turn (e.g. the English, then the
/// Chinese one) and returns the first fit.
std::optional<QList<TemplateValue>> matchTemplates(const QStringList &templates, QStringView description);

} // namespace LogSage
