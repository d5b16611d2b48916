#include "cli/sendcommand.h"

#include "cli/accountcache.h"
#include "cli/submissionrun.h"
#include "mime/headerdecoding.h"
#include "mime/messagebuilder.h"
#include "services/submission/outgoingmessage.h"
#include "services/submission/submissionservice.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTextStream>

namespace Letterbox::Cli {

namespace {

// Larger files are refused before anything is queued: no submission server takes them,
// and reading one whole into memory would hurt first.
constexpr qint64 s_maximumFileSize = 256 * 1024 * 1024;

std::optional<QByteArray> readFile(const QString &path, CommandContext &context)
{
    QFile file(path);
    if (QFileInfo(path).size() > s_maximumFileSize) {
        context.err << SendCommand::tr("%1 is too large to send.").arg(path) << Qt::endl;
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << SendCommand::tr("%1 cannot be read: %2").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<Mime::AddressList> addresses(const QStringList &values, CommandContext &context)
{
    Mime::AddressList list;
    for (const QString &value : values) {
        const Mime::AddressList parsed = Mime::parseAddressList(value);
        if (parsed.isEmpty() || std::any_of(parsed.cbegin(), parsed.cend(), [](const Mime::Address &address) {
                return !address.email.contains(QLatin1Char('@'));
            })) {
            context.err << SendCommand::tr("\"%1\" is not an email address.").arg(value) << Qt::endl;
            return std::nullopt;
        }
        list += parsed;
    }
    return list;
}

} // namespace

QString SendCommand::name() const
{
    return QStringLiteral("send");
}

QString SendCommand::summary() const
{
    return tr("Queue messages in the outbox and send them over one SMTP connection.");
}

void SendCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("With --raw: RFC 5322 files to send as they are."));
    parser.addOptions({
        {QStringLiteral("to"), tr("A recipient (repeatable)."), tr("addr")},
        {QStringLiteral("cc"), tr("A copy recipient (repeatable)."), tr("addr")},
        {QStringLiteral("bcc"), tr("A blind copy recipient (repeatable)."), tr("addr")},
        {QStringLiteral("subject"), tr("The subject."), tr("text")},
        {QStringLiteral("body"), tr("The plain text of the message."), tr("text")},
        {QStringLiteral("body-file"), tr("A UTF-8 file with the plain text of the message."), tr("file")},
        {QStringLiteral("html-file"), tr("An HTML version of the text."), tr("file")},
        {QStringLiteral("attach"), tr("A file to attach (repeatable)."), tr("file")},
        {QStringLiteral("raw"), tr("Send the FILES as they are (envelope from their headers, Bcc removed).")},
    });
}

ExitCode SendCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList arguments = parser.positionalArguments();
    const bool raw = parser.isSet(QStringLiteral("raw"));
    const bool composed = parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("cc"))
        || parser.isSet(QStringLiteral("bcc"));
    if (arguments.isEmpty() || (raw && (arguments.size() < 2 || composed)) || (!raw && arguments.size() != 1)
        || (!raw && !composed)
        || (!raw && parser.isSet(QStringLiteral("body")) == parser.isSet(QStringLiteral("body-file")))
        || (!raw && !parser.isSet(QStringLiteral("subject")))) {
        context.err << tr("Usage: letterbox-cli send NAME --to ADDR [--cc ADDR] [--bcc ADDR] --subject TEXT "
                          "(--body TEXT | --body-file FILE) [--html-file FILE] [--attach FILE ...]\n"
                          "       letterbox-cli send NAME --raw FILE [FILE ...]")
                    << Qt::endl;
        return ExitCode::Usage;
    }
    AccountCache cache;
    if (const ExitCode opened = cache.open(context, arguments.first()); opened != ExitCode::Success) {
        return opened;
    }
    const Accounts::Account &account = cache.account();

    // Every message is made and checked before the first one is queued: bad input
    // queues nothing.
    QList<Services::OutgoingMessage> messages;
    if (raw) {
        Services::OutgoingMessagePreparer preparer(account.email);
        for (const QString &path : arguments.mid(1)) {
            const std::optional<QByteArray> bytes = readFile(path, context);
            if (!bytes) {
                return ExitCode::Usage;
            }
            std::optional<Services::OutgoingMessage> message = preparer.prepare(*bytes);
            if (!message) {
                context.err << tr("%1: %2").arg(path, preparer.errorMessage()) << Qt::endl;
                return ExitCode::Usage;
            }
            messages.append(*message);
        }
    } else {
        const std::optional<Mime::AddressList> to = addresses(parser.values(QStringLiteral("to")), context);
        const std::optional<Mime::AddressList> cc = addresses(parser.values(QStringLiteral("cc")), context);
        const std::optional<Mime::AddressList> bcc = addresses(parser.values(QStringLiteral("bcc")), context);
        if (!to || !cc || !bcc) {
            return ExitCode::Usage;
        }
        Mime::MessageBuilder builder;
        builder.setFrom({account.displayName, account.email});
        builder.setTo(*to);
        builder.setCc(*cc);
        builder.setBcc(*bcc);
        builder.setSubject(parser.value(QStringLiteral("subject")));
        if (parser.isSet(QStringLiteral("body-file"))) {
            const std::optional<QByteArray> text = readFile(parser.value(QStringLiteral("body-file")), context);
            if (!text) {
                return ExitCode::Usage;
            }
            builder.setPlainText(QString::fromUtf8(*text));
        } else {
            builder.setPlainText(parser.value(QStringLiteral("body")));
        }
        if (parser.isSet(QStringLiteral("html-file"))) {
            const std::optional<QByteArray> html = readFile(parser.value(QStringLiteral("html-file")), context);
            if (!html) {
                return ExitCode::Usage;
            }
            builder.setHtml(QString::fromUtf8(*html));
        }
        const QMimeDatabase mimeTypes;
        for (const QString &path : parser.values(QStringLiteral("attach"))) {
            const std::optional<QByteArray> data = readFile(path, context);
            if (!data) {
                return ExitCode::Usage;
            }
            builder.addAttachment(QFileInfo(path).fileName(), mimeTypes.mimeTypeForFile(path).name(), *data);
        }
        const Mime::BuiltMessage built = builder.build();
        messages.append({built.data, account.email, built.recipients, built.messageId});
    }

    Services::SubmissionService service(cache.database());
    SubmissionRun run(context, cache);
    run.recoverInterrupted(service);
    QList<qint64> queued;
    for (const Services::OutgoingMessage &message : std::as_const(messages)) {
        const Store::Result<qint64> id = service.enqueue(message);
        if (!id.ok()) {
            context.err << tr("The message could not be put in the outbox of %1: %2").arg(account.name, id.message())
                        << Qt::endl;
            return ExitCode::Failed;
        }
        queued.append(id.value());
    }
    return run.flush(service, Services::SubmissionService::FlushMode::Due, queued);
}

} // namespace Letterbox::Cli
