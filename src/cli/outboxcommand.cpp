#include "cli/outboxcommand.h"

#include "cli/accountcache.h"
#include "cli/submissionrun.h"
#include "mime/messageparser.h"
#include "mime/mimetypes.h"
#include "services/submission/submissionservice.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Letterbox::Cli {

namespace {

QString stateName(Store::OutboxEntry const &entry)
{
    switch (entry.state) {
    case Store::OutboxState::Queued:
        return QStringLiteral("queued");
    case Store::OutboxState::Sending:
        return QStringLiteral("sending");
    case Store::OutboxState::Failed:
        return entry.nextAttempt.isValid() ? QStringLiteral("retrying") : QStringLiteral("failed");
    case Store::OutboxState::MaybeSent:
        return QStringLiteral("maybe-sent");
    case Store::OutboxState::Sent:
        return QStringLiteral("sent");
    }
    return QString();
}

} // namespace

QString OutboxCommand::name() const
{
    return QStringLiteral("outbox");
}

QString OutboxCommand::summary() const
{
    return tr("Show the outbox; --flush sends what waits in it now.");
}

void OutboxCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addOptions({
        {QStringLiteral("flush"), tr("Send every waiting message now, also those waiting for a retry.")},
        {QStringLiteral("requeue"),
            tr("Put a failed or \"may have been sent\" message back in the queue (it keeps its Message-ID)."),
            tr("id")},
        {QStringLiteral("json"), tr("Print one JSON document.")},
    });
}

ExitCode OutboxCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: letterbox-cli outbox NAME [--flush] [--requeue ID] [--json]") << Qt::endl;
        return ExitCode::Usage;
    }
    AccountCache cache;
    if (const ExitCode opened = cache.open(context, parser.positionalArguments().first());
        opened != ExitCode::Success) {
        return opened;
    }
    Store::Outbox outbox(cache.database());
    ExitCode exit = ExitCode::Success;
    for (const QString &value : parser.values(QStringLiteral("requeue"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        const Store::Status requeued = ok ? outbox.requeue(id) : Store::Status();
        if (!ok || !requeued.ok()) {
            context.err << tr("Message %1 in the outbox of %2 cannot be queued again: %3")
                               .arg(value, cache.account().name, ok ? requeued.message() : tr("not a number"))
                        << Qt::endl;
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(QStringLiteral("flush"))) {
        Services::SubmissionService service(cache.database());
        SubmissionRun run(context, cache);
        run.recoverInterrupted(service);
        exit = run.flush(service, Services::SubmissionService::FlushMode::Everything);
    }

    const Store::Result<QList<Store::OutboxEntry>> entries = outbox.entries();
    if (!entries.ok()) {
        context.err << tr("The outbox of %1 cannot be read: %2").arg(cache.account().name, entries.message())
                    << Qt::endl;
        return ExitCode::Failed;
    }
    QJsonArray json;
    for (const Store::OutboxEntry &entry : entries.value()) {
        const Store::Result<QByteArray> bytes = cache.database().blobs().read(entry.blobKey);
        const QString subject = bytes.ok() ? Mime::MessageParser::parse(bytes.value()).subject : QString();
        if (parser.isSet(QStringLiteral("json"))) {
            json.append(QJsonObject {
                {QStringLiteral("id"), entry.id},
                {QStringLiteral("state"), stateName(entry)},
                {QStringLiteral("message_id"), entry.messageId},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("from"), entry.envelopeFrom},
                {QStringLiteral("recipients"), QJsonArray::fromStringList(entry.recipients)},
                {QStringLiteral("attempts"), entry.attempts},
                {QStringLiteral("next_attempt"),
                    entry.nextAttempt.isValid() ? QJsonValue(entry.nextAttempt.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("last_error"), entry.lastError},
                {QStringLiteral("created"), entry.created.toString(Qt::ISODate)},
            });
            continue;
        }
        context.out << QLatin1Char('#') << entry.id << QLatin1Char(' ') << stateName(entry).leftJustified(11) << subject
                    << QLatin1String(" → ") << entry.recipients.join(QLatin1String(", ")) << Qt::endl;
        if (!entry.lastError.isEmpty()) {
            context.out << QLatin1String("    ") << entry.lastError << Qt::endl;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QJsonDocument(
            QJsonObject {{QStringLiteral("account"), cache.account().name},
                {QStringLiteral("messages"),
                    json}}).toJson(QJsonDocument::Indented);
    } else if (entries.value().isEmpty()) {
        context.out << tr("The outbox of %1 is empty.").arg(cache.account().name) << Qt::endl;
    }
    return exit;
}

} // namespace Letterbox::Cli
