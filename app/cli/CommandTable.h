#pragma once

#include <QStringList>

namespace sdx::cli {

class CliContext;

/// One schooldx-cli command: `run` receives the arguments after its name.
struct Command
{
    const char *name;
    const char *summary;   ///< QT_TRANSLATE_NOOP("sdx::cli", …)
    int (*run)(CliContext &context, const QStringList &arguments);
};

/// Every command, in the order --help lists them.
const QList<Command> &commands();

// Each command lives in commands/<Name>Command.cpp.
int runInfo(CliContext &context, const QStringList &arguments);
int runSample(CliContext &context, const QStringList &arguments);
int runFinalise(CliContext &context, const QStringList &arguments);
int runReopen(CliContext &context, const QStringList &arguments);
int runExport(CliContext &context, const QStringList &arguments);
int runImport(CliContext &context, const QStringList &arguments);
int runAggregate(CliContext &context, const QStringList &arguments);
int runScore(CliContext &context, const QStringList &arguments);
int runInventory(CliContext &context, const QStringList &arguments);
int runRender(CliContext &context, const QStringList &arguments);

} // namespace sdx::cli
