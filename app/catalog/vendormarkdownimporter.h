#pragma once

#include "catalogreader.h"

#include <QString>

namespace LogSage {

/// Turns the vendor's Markdown log reference (`### 43.6 MODULE/SEV/BRIEF`, then `#### 日志信息`,
/// `说明`, `日志含义`, `日志参数`, `可能原因`, `处理步骤`, ending with `----结束`) into catalog
/// contents: Chinese text only, origin "vendor". Sections with only a title become entries with
/// fullText false; text before the first titled section becomes a fragment. Headings, lines and
/// IDs it does not understand are reported with their line number, never dropped silently.
class VendorMarkdownImporter
{
public:
    /// `fileName` names the source in problems and in the catalog header.
    static CatalogFileContents import(const QString &markdown, const QString &fileName);
};

} // namespace LogSage
