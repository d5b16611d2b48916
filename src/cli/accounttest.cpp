#include "cli/accounttest.h"

#include "cli/accountcache.h"
#include "cli/eventwait.h"
#include "services/account/connectiontest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace Letterbox::Cli {

namespace {
// Two connections with their own connect and read timeouts; this only guards a wedge.
constexpr int s_testLimitMs = 5 * 60 * 1000;

QJsonObject certificateJson(const Services::CertificateSummary &certificate)
{
    return QJsonObject {
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("sha256"), certificate.fingerprint},
        {QStringLiteral("not_before"), certificate.notBefore.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("not_after"), certificate.notAfter.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("trusted"), certificate.trusted},
        {QStringLiteral("errors"), QJsonArray::fromStringList(certificate.errors)},
    };
}
} // namespace

ExitCode AccountTest::run(const QString &accountName, bool json, CommandContext &context)
{
    AccountCache cache;
    if (const ExitCode opened = cache.open(context, accountName); opened != ExitCode::Success) {
        return opened;
    }
    const Accounts::Account &account = cache.account();
    QString secret;
    if (const ExitCode found = cache.password(context, &secret); found != ExitCode::Success) {
        return found;
    }

    Services::ConnectionTestReport report;
    const auto runTest = [&]() {
        Services::ConnectionTest test;
        return runUntil(&test, &Services::ConnectionTest::finished, &report, s_testLimitMs, [&] {
            test.run(account, secret);
            return true;
        }) == WaitResult::Finished;
    };
    bool finished = runTest();
    const auto tokenRefused = [&report] {
        return std::any_of(report.servers.cbegin(), report.servers.cend(),
            [](const Services::ConnectionProbe &probe) { return probe.loginTried && !probe.loginOk; });
    };
    // A provider may revoke an access token before its expiry: a refused token gets one
    // refresh and one more try, as every OAuth2 client does.
    if (finished && account.passwordSource == Accounts::PasswordSource::OAuth2 && tokenRefused()) {
        if (const ExitCode refreshed = cache.refreshedToken(context, &secret); refreshed != ExitCode::Success) {
            return refreshed;
        }
        report = {};
        finished = runTest();
    }
    if (!finished) {
        context.err << tr("The test of account %1 did not finish in time.").arg(account.name) << Qt::endl;
        return ExitCode::Failed;
    }
    if (json) {
        context.out << QString::fromUtf8(toJson(report)) << Qt::endl;
    } else {
        for (const QString &line : Services::ConnectionTest::toText(report)) {
            context.out << line << Qt::endl;
        }
    }
    if (report.ok()) {
        return ExitCode::Success;
    }
    for (const Services::ConnectionProbe &probe : std::as_const(report.servers)) {
        if (probe.error) {
            context.err << tr("Account %1: %2").arg(account.name, probe.error->text) << Qt::endl;
        }
        if (probe.certificate && !probe.certificate->trusted) {
            // Accepting is the person's decision, made on the fingerprint, for this host
            // and port only (issue 7); the command is the way to record it.
            const QString key = probe.role == QLatin1String("incoming") ? QStringLiteral("pin-certificate")
                                                                        : QStringLiteral("smtp-pin-certificate");
            context.err << tr("If this is %1's own certificate (compare its SHA-256 fingerprint with what the "
                              "server's administrator publishes), trust it with: letterbox-cli account set %2 %3 %4")
                               .arg(probe.endpoint, account.name, key, probe.certificate->fingerprint)
                        << Qt::endl;
        }
    }
    return report.securityRefused() ? ExitCode::SecurityRefusal : ExitCode::Failed;
}

QByteArray AccountTest::toJson(const Services::ConnectionTestReport &report)
{
    QJsonArray servers;
    for (const Services::ConnectionProbe &probe : report.servers) {
        QJsonObject server {
            {QStringLiteral("role"), probe.role},
            {QStringLiteral("protocol"), probe.protocol},
            {QStringLiteral("endpoint"), probe.endpoint},
            {QStringLiteral("security"), probe.security},
            {QStringLiteral("connected"), probe.connected},
            {QStringLiteral("tls_protocol"), probe.tlsProtocol},
            {QStringLiteral("tls_cipher"), probe.tlsCipher},
            {QStringLiteral("capabilities"), QJsonArray::fromStringList(probe.capabilities)},
            {QStringLiteral("auth_mechanisms"), QJsonArray::fromStringList(probe.authMechanisms)},
            {QStringLiteral("login_tried"), probe.loginTried},
            {QStringLiteral("login_ok"), probe.loginOk},
            {QStringLiteral("seconds"), probe.seconds},
        };
        if (probe.certificate) {
            server.insert(QStringLiteral("certificate"), certificateJson(*probe.certificate));
        }
        if (probe.error) {
            server.insert(QStringLiteral("error"), probe.error->text);
        }
        servers.append(server);
    }
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("account"), report.account},
                             {QStringLiteral("ok"), report.ok()},
                             {QStringLiteral("servers"), servers},
                         })
        .toJson(QJsonDocument::Compact);
}

} // namespace Letterbox::Cli
