#include "accounts/credentialstore.h"

#include "accounts/account.h"
#include "accounts/credentialjob.h"
#include "accounts/oauth2authorizer.h"

#include "letterboxversion.h"

#include <memory>

namespace Letterbox::Accounts {

namespace {

CredentialResult runBlocking(CredentialJob *job)
{
    const std::unique_ptr<CredentialJob> owned(job);
    return owned->waitForFinished();
}

} // namespace

CredentialStore::CredentialStore(QString serviceName)
    : m_serviceName(serviceName.isEmpty() ? QStringLiteral(LETTERBOX_APP_ID) : std::move(serviceName))
{ }

QString CredentialStore::keyFor(const QString &accountName)
{
    return accountName + QLatin1String("/password");
}

QString CredentialStore::tokenKeyFor(const QString &accountName)
{
    return accountName + QLatin1String("/oauth2");
}

CredentialJob *CredentialStore::readPassword(const QString &accountName, QObject *parent) const
{
    return new CredentialJob(CredentialJob::Operation::Read, m_serviceName, accountName, {}, parent);
}

CredentialJob *CredentialStore::writePassword(
    const QString &accountName, const QString &password, QObject *parent) const
{
    return new CredentialJob(CredentialJob::Operation::Write, m_serviceName, accountName, password, parent);
}

CredentialJob *CredentialStore::removePassword(const QString &accountName, QObject *parent) const
{
    return new CredentialJob(CredentialJob::Operation::Remove, m_serviceName, accountName, {}, parent);
}

CredentialJob *CredentialStore::obtainPassword(const Account &account, QObject *parent) const
{
    if (account.passwordSource == PasswordSource::Command) {
        return new CredentialJob(
            CredentialJob::Operation::RunCommand, m_serviceName, account.name, account.passwordCommand, parent);
    }
    return readPassword(account.name, parent);
}

CredentialResult CredentialStore::readPasswordBlocking(const QString &accountName) const
{
    return runBlocking(readPassword(accountName));
}

CredentialResult CredentialStore::writePasswordBlocking(const QString &accountName, const QString &password) const
{
    return runBlocking(writePassword(accountName, password));
}

CredentialResult CredentialStore::removePasswordBlocking(const QString &accountName) const
{
    return runBlocking(removePassword(accountName));
}

CredentialResult CredentialStore::obtainPasswordBlocking(const Account &account) const
{
    if (account.passwordSource == PasswordSource::OAuth2) {
        return OAuth2Authorizer::validAccessTokenBlocking(account, false, *this);
    }
    return runBlocking(obtainPassword(account));
}

CredentialResult CredentialStore::readTokensBlocking(const QString &accountName) const
{
    CredentialJob *job = readPassword(accountName);
    job->m_key = tokenKeyFor(accountName);
    return runBlocking(job);
}

CredentialResult CredentialStore::writeTokensBlocking(const QString &accountName, const QString &tokens) const
{
    CredentialJob *job = writePassword(accountName, tokens);
    job->m_key = tokenKeyFor(accountName);
    return runBlocking(job);
}

CredentialResult CredentialStore::removeTokensBlocking(const QString &accountName) const
{
    CredentialJob *job = removePassword(accountName);
    job->m_key = tokenKeyFor(accountName);
    return runBlocking(job);
}

} // namespace Letterbox::Accounts
