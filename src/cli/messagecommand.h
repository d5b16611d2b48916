#pragma once

#include <QCoreApplication>

#include "cli/command.h"

#include <QJsonObject>

class QTextStream;

namespace Letterbox::Mime {
struct ParsedMessage;
}

namespace Letterbox::Cli {

/**
 * @short `letterbox-cli message FILE [--json]`: parse an .eml as the window would.
 *
 * Prints the decoded headers, the part tree, the displayable text and the
 * warnings (e.g. a spoofed display name). Works offline by definition: it reads
 * one file and nothing else.
 */
class MessageCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::MessageCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;

    /// The `--json` document of CLI.md for @p message (also what `read --json` prints).
    [[nodiscard]] static QJsonObject toJson(const Mime::ParsedMessage &message);
    /// The readable form: the main headers, warnings, the part tree, then the text.
    static void printReadable(const Mime::ParsedMessage &message, QTextStream &out);
};

} // namespace Letterbox::Cli
