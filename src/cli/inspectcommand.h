#pragma once

#include "cli/command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Letterbox::Cli {

/**
 * @short `letterbox-cli inspect NAME -- sync|send ...` (CLI.md "Seeing the protocols"):
 * runs the command for account NAME and prints the transcript of every connection it
 * made, redacted and annotated, as the protocol inspector shows them.
 *
 * stdout holds only the transcripts (one block per connection: its figures, then one
 * line per row); the inner command's own output goes to stderr, so a script can read
 * the transcript alone. The exit code is the inner command's.
 */
class InspectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::InspectCommand)

public:
    InspectCommand();
    ~InspectCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;

private:
    /// The commands that can be inspected (those that open connections).
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Letterbox::Cli
