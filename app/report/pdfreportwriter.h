#pragma once

#include <QFont>
#include <QString>

namespace LogSage {

struct ReportModel;

/// Writes a report as an A4 PDF: a title band, headline figures, tables with zebra rows and
/// severity colours, the charts, and "page N of M" on every page. Text is set in a CJK-capable
/// font (ReportStyle::cjkFontFamily()) so Chinese renders. Needs a QGuiApplication.
class PdfReportWriter
{
public:
    /// Writes the PDF to `path` (through QSaveFile). Returns an empty string on success, else a
    /// sentence naming the file and what to do (a Chinese report needs a font with Chinese glyphs).
    static QString write(const ReportModel &model, const QString &path);

    /// Empty when `font` (with its fallbacks) has Chinese glyphs; else the sentence write()
    /// returns for `path`, naming the font package to install.
    static QString missingChineseFont(const QFont &font, const QString &path);

    /// The rich-text HTML (the QTextDocument subset) laid out on the pages; for tests.
    static QString richText(const ReportModel &model);
};

} // namespace LogSage
