#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Letterbox::Cli {

/// @short `letterbox-cli send` (CLI.md "Mail"): the outbox and SMTP submission.
class SendCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::SendCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Letterbox::Cli
