#include "cli/synccommand.h"

#include "cli/accountcache.h"
#include "cli/eventwait.h"
#include "services/retrieval/retrievalengine.h"
#include "services/retrieval/retrievalfactory.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <unistd.h>

namespace Letterbox::Cli {

namespace {

// Far beyond any honest run (each step has its own connect/read timeouts); only a wedged
// process reaches it. A first sync of a 1,000,000-message account takes minutes.
constexpr int s_syncLimitMs = 6 * 60 * 60 * 1000;

QJsonObject trafficJson(qint64 bytesIn, qint64 bytesOut, qint64 roundTrips, double seconds)
{
    return QJsonObject {
        {QStringLiteral("bytes_in"), bytesIn},
        {QStringLiteral("bytes_out"), bytesOut},
        {QStringLiteral("round_trips"), roundTrips},
        {QStringLiteral("seconds"), seconds},
    };
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return tr("Fetch new mail and changes from the account's server into the local cache.");
}

void SyncCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addOptions({
        {QStringLiteral("folder"), tr("Only this folder (IMAP; POP3 has only the Inbox)."), tr("path")},
        {QStringLiteral("bodies"), tr("Also download every whole message not yet in the cache.")},
        {QStringLiteral("json"), tr("Print one JSON document.")},
    });
}

ExitCode SyncCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: letterbox-cli sync NAME [--folder PATH] [--bodies] [--json]") << Qt::endl;
        return ExitCode::Usage;
    }
    AccountCache cache;
    if (const ExitCode opened = cache.open(context, parser.positionalArguments().first());
        opened != ExitCode::Success) {
        return opened;
    }
    const Accounts::Account &account = cache.account();
    QString secret;
    if (const ExitCode found = cache.password(context, &secret); found != ExitCode::Success) {
        return found;
    }
    QString error;
    std::unique_ptr<Services::RetrievalEngine> engine
        = Services::RetrievalFactory::create(account, cache.database(), secret, &error);
    if (!engine) {
        context.err << error << Qt::endl;
        return ExitCode::Usage;
    }

    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    QObject::connect(engine.get(), &Services::RetrievalEngine::progress, engine.get(),
        [&context, showProgress](const QString &folder, qint64 done, qint64 total) {
            if (!showProgress) {
                return;
            }
            context.err << QLatin1Char('\r')
                        << (total > 0 ? tr("%1: %2 of %3").arg(folder).arg(done).arg(total)
                                      : tr("%1: %2").arg(folder).arg(done))
                        << QLatin1String("\x1b[K") << Qt::flush;
        });

    Services::SyncRequest request;
    request.folder = parser.value(QStringLiteral("folder"));
    request.bodies = parser.isSet(QStringLiteral("bodies")) || account.imapKeepOffline;
    // --bodies asks for every one; the account's "keep offline" may be for recent days only.
    if (!parser.isSet(QStringLiteral("bodies")) && account.imapKeepOffline && account.imapKeepOfflineDays > 0) {
        request.bodiesSince = QDateTime::currentDateTimeUtc().addDays(-account.imapKeepOfflineDays);
    }
    Services::SyncReport report;
    const WaitResult waited = runUntil(engine.get(), &Services::RetrievalEngine::finished, &report, s_syncLimitMs,
        [&engine, &request] { return engine->sync(request); });
    if (showProgress) {
        context.err << QLatin1String("\r\x1b[K") << Qt::flush;
    }
    if (waited == WaitResult::NotStarted) {
        context.err << tr("A sync of account %1 is running already.").arg(account.name) << Qt::endl;
        return ExitCode::Failed;
    }
    if (waited == WaitResult::TimedOut) {
        engine->cancel();
        context.err << tr("The sync of account %1 did not finish in time.").arg(account.name) << Qt::endl;
        return ExitCode::Failed;
    }
    report.account = account.name;

    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(toJson(report)) << Qt::endl;
    } else {
        for (const QString &line : toText(report)) {
            context.out << line << Qt::endl;
        }
    }
    for (const QString &warning : std::as_const(report.warnings)) {
        context.err << tr("Account %1: %2").arg(account.name, warning) << Qt::endl;
    }
    if (!report.error) {
        return ExitCode::Success;
    }
    context.err << tr("Account %1: %2").arg(account.name, report.error->text) << Qt::endl;
    if (report.error->certificate) {
        // What a person needs to decide whether to trust it (and pin it).
        context.err << report.error->certificate->toText() << Qt::endl;
    }
    return report.error->security ? ExitCode::SecurityRefusal : ExitCode::Failed;
}

QByteArray SyncCommand::toJson(const Services::SyncReport &report)
{
    QJsonArray folders;
    for (const Services::FolderSyncReport &folder : report.folders) {
        QJsonObject object = trafficJson(folder.bytesIn, folder.bytesOut, folder.roundTrips, folder.seconds);
        object.insert(QStringLiteral("folder"), folder.folder);
        object.insert(QStringLiteral("new"), folder.newMessages);
        object.insert(QStringLiteral("changed"), folder.changed);
        object.insert(QStringLiteral("vanished"), folder.vanished);
        object.insert(QStringLiteral("bodies"), folder.bodiesFetched);
        object.insert(QStringLiteral("adopted"), folder.adopted);
        folders.append(object);
    }
    QJsonObject document = trafficJson(report.bytesIn, report.bytesOut, report.roundTrips, report.seconds);
    document.insert(QStringLiteral("account"), report.account);
    document.insert(QStringLiteral("protocol"), report.protocol);
    document.insert(QStringLiteral("folders"), folders);
    if (report.error) {
        document.insert(QStringLiteral("error"), report.error->text);
    }
    if (!report.warnings.isEmpty()) {
        document.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings));
    }
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QStringList SyncCommand::toText(const Services::SyncReport &report)
{
    QStringList lines;
    for (const Services::FolderSyncReport &folder : report.folders) {
        QString line = tr("%1: %n new", nullptr, folder.newMessages).arg(folder.folder);
        line += tr(", %n changed", nullptr, folder.changed);
        line += tr(", %n gone from the server", nullptr, folder.vanished);
        if (folder.bodiesFetched > 0) {
            line += tr(", %n downloaded", nullptr, folder.bodiesFetched);
        }
        if (folder.adopted > 0) {
            line += tr(", %n already in the cache", nullptr, folder.adopted);
        }
        lines.append(line);
    }
    lines.append(tr("%1 over %2: %3 in, %4 out, %n round trip(s), %5 s", nullptr, int(report.roundTrips))
                     .arg(report.account, report.protocol.toUpper(), bytesText(report.bytesIn),
                         bytesText(report.bytesOut), QLocale().toString(report.seconds, 'f', 2)));
    return lines;
}

} // namespace Letterbox::Cli
