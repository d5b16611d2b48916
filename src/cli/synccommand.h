#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Letterbox::Services {
struct SyncReport;
}

namespace Letterbox::Cli {

/**
 * @short `letterbox-cli sync` (CLI.md "Mail"): one run of the account's retrieval engine,
 * IMAP or POP3, into its local cache.
 *
 * Prints one line per folder (or, with --json, CLI.md's document) with what changed and
 * what it cost on the wire. Progress goes to stderr when stderr is a terminal.
 */
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::SyncCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;

    /// CLI.md's `sync --json` document.
    [[nodiscard]] static QByteArray toJson(const Services::SyncReport &report);
    /// The plain-text lines, one per folder and one for the whole run.
    [[nodiscard]] static QStringList toText(const Services::SyncReport &report);
};

} // namespace Letterbox::Cli
