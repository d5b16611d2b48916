#include "cli/submissionrun.h"

#include "accounts/credentialstore.h"
#include "cli/accountcache.h"
#include "cli/eventwait.h"
#include "services/account/serverpolicy.h"

#include <QTextStream>

namespace Letterbox::Cli {

namespace {
// Far beyond any honest flush (each step of it has its own connect/read timeouts);
// only a wedged process would reach it.
constexpr int s_flushLimitMs = 30 * 60 * 1000;
} // namespace

SubmissionRun::SubmissionRun(CommandContext &context, AccountCache &cache)
    : m_context(context)
    , m_cache(cache)
{ }

void SubmissionRun::recoverInterrupted(Services::SubmissionService &service)
{
    const Store::Result<QList<qint64>> recovered = service.recoverInterrupted();
    if (recovered.ok() && !recovered.value().isEmpty()) {
        m_context.err << tr("%n message(s) of account %1 were being sent when Letterbox stopped; they are kept as "
                            "\"may have been sent\" (see 'letterbox-cli outbox %1').",
            nullptr, int(recovered.value().size()))
                             .arg(m_cache.account().name)
                      << Qt::endl;
    }
}

void SubmissionRun::uploadSentCopies(const QString &password)
{
    const Accounts::Account &account = m_cache.account();
    if (account.protocol != Accounts::IncomingProtocol::Imap) {
        return; // a POP3 account's copies are in its local Sent folder already
    }
    QString error;
    const std::optional<Services::ImapServerSettings> settings
        = Services::ServerPolicy::imap(account, password, &error);
    if (!settings) {
        m_context.err << error << Qt::endl;
        return;
    }
    Services::SentCopyUploader uploader(m_cache.database());
    uploader.setSettings(*settings);
    Services::SentUploadSummary summary;
    if (runUntil(&uploader, &Services::SentCopyUploader::finished, &summary, s_flushLimitMs,
            [&uploader] { return uploader.run(); })
        == WaitResult::NotStarted) {
        return;
    }
    // The messages are sent whatever happens here: a copy that could not be filed waits in
    // the journal and is uploaded next time, so this only informs.
    if (summary.uploaded > 0) {
        m_context.out
            << tr("Filed in Sent on %1: %n message(s).", nullptr, summary.uploaded).arg(settings->endpoint.toString())
            << Qt::endl;
    }
    if (summary.connectionError) {
        m_context.err
            << tr("The copy for Sent waits (%1); it is uploaded next time.").arg(summary.connectionError->text)
            << Qt::endl;
    }
    for (const QString &problem : std::as_const(summary.problems)) {
        m_context.err << problem << Qt::endl;
    }
}

ExitCode SubmissionRun::flush(
    Services::SubmissionService &service, Services::SubmissionService::FlushMode mode, const QList<qint64> &mine)
{
    const Accounts::Account &account = m_cache.account();
    const Accounts::CredentialResult password = Accounts::CredentialStore().obtainPasswordBlocking(account);
    if (!password.ok() && password.code != Accounts::CredentialResult::Code::NotFound) {
        m_context.err << password.message << Qt::endl
                      << tr("The message stays in the outbox of %1.").arg(account.name) << Qt::endl;
        return ExitCode::Failed;
    }
    QString error;
    const std::optional<Services::SubmissionSettings> settings
        = Services::ServerPolicy::submission(account, password.ok() ? password.password : QString(), &error);
    if (!settings) {
        m_context.err << error << Qt::endl;
        return ExitCode::Usage;
    }
    service.setSettings(*settings);

    const QMetaObject::Connection printer = QObject::connect(
        &service, &Services::SubmissionService::entryFinished, &service, [this](const Services::SendReport &report) {
            m_context.out << QLatin1Char('#') << report.entryId << QLatin1String(" <") << report.messageId
                          << QLatin1String("> ") << report.text << Qt::endl;
        });
    Services::FlushSummary summary;
    const WaitResult waited = runUntil(&service, &Services::SubmissionService::flushFinished, &summary, s_flushLimitMs,
        [&service, mode] { return service.flush(mode); });
    QObject::disconnect(printer);
    switch (waited) {
    case WaitResult::Finished:
        break;
    case WaitResult::NotStarted:
        return ExitCode::Failed;
    case WaitResult::TimedOut:
        m_context.err << tr("Sending for account %1 did not finish in time.").arg(account.name) << Qt::endl;
        return ExitCode::Failed;
    }
    if (summary.connectionError) {
        m_context.err << tr("Account %1: %2").arg(account.name, summary.connectionError->text) << Qt::endl;
        if (summary.connectionError->certificate) {
            // What a person needs to decide whether to trust it (and pin it).
            m_context.err << summary.connectionError->certificate->toText() << Qt::endl;
        }
    }
    uploadSentCopies(password.ok() ? password.password : QString());
    // The exit code covers the messages this command is about: 0 only when every one of
    // them is known to be accepted for every recipient (CLI.md, issue 4).
    bool allDelivered = true;
    bool anyReported = false;
    for (const Services::SendReport &report : std::as_const(summary.reports)) {
        if (!mine.isEmpty() && !mine.contains(report.entryId)) {
            continue;
        }
        anyReported = true;
        allDelivered = allDelivered && report.isDelivered();
    }
    if (!mine.isEmpty() && !anyReported) {
        allDelivered = false;
    }
    if (allDelivered) {
        return ExitCode::Success;
    }
    if (summary.connectionError && summary.connectionError->category == Services::SmtpClientError::Category::Security) {
        return ExitCode::SecurityRefusal;
    }
    return ExitCode::Failed;
}

} // namespace Letterbox::Cli
