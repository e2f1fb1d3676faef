#pragma once

#include <QString>
#include <QStringView>

namespace LogSage {

/// Escaping of untrusted text (log content, case notes) for each report format.
namespace ReportEscape {

/// HTML text or attribute value: & < > " ' and =, plus the colon after a letter, so that no
/// markup, attribute or URL scheme (`http:`, `javascript:`) appears in the file. Control
/// characters become spaces.
QString html(QStringView text);

/// Markdown (CommonMark/GFM) inline text, also safe in a table cell: markup characters are
/// backslash-escaped (and @), line breaks become spaces, the colon of `scheme:/` is escaped, so
/// that no link, autolink or HTML forms.
QString markdown(QStringView text);

/// One CSV field (RFC 4180, always quoted). A value starting with = + - @ tab or CR gets a
/// leading apostrophe so that spreadsheets do not run it as a formula.
QString csv(QStringView text);

} // namespace ReportEscape

} // namespace LogSage
