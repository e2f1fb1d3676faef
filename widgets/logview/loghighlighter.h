#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Repository>

#include <QColor>
#include <QHash>
#include <QList>
#include <QTextLayout>

namespace LogSage {

/// Highlights single log lines with KSyntaxHighlighting and LogSage's own VRP definition.
/// The definition's contexts are line-local, so every line is highlighted from the initial state.
/// Every highlighter shares one Repository (GUI thread): loading definitions is the slow part.
class LogHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    LogHighlighter();
    ~LogHighlighter() override;

    /// Chooses the light or dark default theme.
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }
    bool hasDefinition() const;
    QString definitionName() const;

    /// The formats of one line, as layout ranges.
    QList<QTextLayout::FormatRange> highlight(const QString &line);

    QColor textColor() const;
    QColor backgroundColor() const;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    QHash<int, QTextCharFormat> m_formatCache; ///< by Format::id(), cleared on theme change
    QList<QTextLayout::FormatRange> m_ranges;
    bool m_dark = false;
};

} // namespace LogSage
