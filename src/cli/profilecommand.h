#pragma once

#include <QCoreApplication>

#include "cli/command.h"

namespace Letterbox::Cli {

/// `letterbox-cli profile [--json]`: where the profile keeps settings and data.
class ProfileCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::ProfileCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Letterbox::Cli
