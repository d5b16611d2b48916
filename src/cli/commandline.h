#pragma once

#include <QCoreApplication>

#include "cli/command.h"

#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace Letterbox::Cli {

/**
 * @short Parses `letterbox-cli [--profile DIR] COMMAND [OPTIONS]` and runs the command.
 *
 * Global options may stand before the command or among its options. Output goes to
 * the streams given, so tests and the binary share this code.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);
    ~CommandLine();

    void addCommand(std::unique_ptr<Command> command);
    /// @p arguments include the program name, as QCoreApplication::arguments().
    ExitCode run(const QStringList &arguments);

private:
    [[nodiscard]] Command *findCommand(const QString &name) const;
    [[nodiscard]] QString overviewHelp() const;
    ExitCode usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Letterbox::Cli
