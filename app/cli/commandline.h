#pragma once

#include <QStringList>

#include <optional>

namespace LogSage::Cli {

/// True when `argument` (argv[1]) names a headless subcommand such as "analyze".
bool isCommand(const QString &argument);

/// Runs the headless subcommand named by arguments[1] and returns its exit code:
/// 0 ok, 1 input error (the message names the file), 2 usage. Needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace LogSage::Cli
