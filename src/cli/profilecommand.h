#pragma once

#include "cli/command.h"

namespace Letterbox::Cli {

/// `letterbox-cli profile [--json]`: where the profile keeps settings and data.
class ProfileCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Letterbox::Cli
