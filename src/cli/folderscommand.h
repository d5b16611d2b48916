#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Letterbox::Cli {

/// @short `letterbox-cli folders` (CLI.md "Mail"): from the local cache only, never the network.
class FoldersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::FoldersCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Letterbox::Cli
