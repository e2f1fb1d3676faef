#pragma once

#include <QStringList>
#include <QTextStream>

namespace LogSage::Cli {

/// `logsage report FILE... -o OUT.{html,pdf,md,json,csv} [--lang zh|en] [--case CASE]
/// [--title TEXT] [--catalog DIR] [--no-charts]`: analyses the logs and writes a report, its
/// format chosen by the extension. Returns 0 ok, 1 an input or output error (the message names
/// the file), 2 usage. Charts and PDF need a QGuiApplication (offscreen is fine).
int runReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace LogSage::Cli
