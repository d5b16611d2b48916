#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Letterbox::Cli {

/**
 * @short `letterbox-cli move NAME --folder PATH --uid N --to PATH` (CLI.md "Mail"): moves a
 * message in the cache at once (Services::LocalActions, journaled for an IMAP account),
 * then tells the server (JournalRun: MOVE, or COPY + \\Deleted + UID EXPUNGE). Prints the
 * message's UID in the target folder when the server reported it (COPYUID).
 */
class MoveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::MoveCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Letterbox::Cli
