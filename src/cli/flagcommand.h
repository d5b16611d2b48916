#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Letterbox::Cli {

/**
 * @short `letterbox-cli flag NAME --folder PATH --uid N [+seen|-seen|+flagged|-flagged|+deleted]`
 * (CLI.md "Mail"): changes flags in the cache at once (Services::LocalActions, journaled
 * for an IMAP account) and then tells the server (JournalRun).
 *
 * `-seen` is a word, not four short options: the command's parser reads single-dash words
 * as long options, so `-seen` and `-flagged` arrive as the switches that clear them.
 */
class FlagCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::FlagCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Letterbox::Cli
