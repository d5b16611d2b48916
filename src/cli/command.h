#pragma once

#include "accounts/profile.h"
#include "cli/exitcode.h"

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace Letterbox::Cli {

/// What every command gets: the profile it works in and the two output streams.
struct CommandContext
{
    Accounts::Profile profile;
    QTextStream &out; ///< results (one JSON document with --json)
    QTextStream &err; ///< errors, one plain sentence each
};

/**
 * @short One `letterbox-cli` command (CLI.md's contract).
 *
 * The dispatcher adds the common options (--profile, --help) to the parser,
 * calls addOptions(), parses, then run().
 */
class Command
{
public:
    virtual ~Command() = default;

    /// The word that selects the command, e.g. "sync".
    [[nodiscard]] virtual QString name() const = 0;
    /// One line for the overview in `letterbox-cli --help`.
    [[nodiscard]] virtual QString summary() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    virtual ExitCode run(const QCommandLineParser &parser, CommandContext &context) = 0;
};

} // namespace Letterbox::Cli
