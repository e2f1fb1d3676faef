#pragma once

#include <QString>

namespace LogSage {

/// Light or dark colours for the whole application; the log view follows with the matching
/// KSyntaxHighlighting theme.
class AppTheme
{
public:
    enum Mode { System, Light, Dark };

    /// Applies `mode` to the application palette; returns whether the result is dark.
    static bool apply(Mode mode);
    static bool isDark(); ///< whether the current application palette is dark
    static Mode saved();
    static void save(Mode mode);
};

} // namespace LogSage
