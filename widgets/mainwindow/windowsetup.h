#pragma once

#include <QString>

#include <memory>

namespace LogSage {

class MainWindow;
class UiLanguage;

/// What the application sets up before it shows its window, in one place so that main() and the
/// tests that start the application as a child process take the same path.
struct WindowSetup {
    QString language;      ///< "en" or "zh_CN"; empty: the saved choice, else the system locale's
    QString catalogFolder; ///< more reference catalogs to load; empty: none

    /// Names the application (where settings and cases are kept); before any QStandardPaths use.
    static void nameApplication();
    /// Applies the language and the saved theme, loads the bundled catalogs, the user's catalog
    /// folder and `catalogFolder`, and builds the window (not shown). `language` must outlive it.
    std::unique_ptr<MainWindow> createWindow(UiLanguage &language) const;
};

} // namespace LogSage
