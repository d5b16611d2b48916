#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "accounts/account.h"

#include <optional>
#include <utility>

namespace Letterbox::Accounts {

/// The settings a person can give: the options of `account add` (CLI.md "Accounts").
enum class AccountOptionId {
    Email,
    DisplayName,
    Incoming,
    Host,
    Port,
    Security,
    User,
    SmtpHost,
    SmtpPort,
    SmtpSecurity,
    SmtpUser,
    PasswordStdin,
    PasswordCommand,
    CaFile,
    PinCertificate,
    SmtpPinCertificate,
    Pop3Keep,
    Pop3KeepDays,
    Pop3DeleteAfterDownload,
    Pop3DeleteWithLocal,
    ImapKeepOffline,
    Signature,
    AllowPlaintext,
    OAuth2AuthUrl,
    OAuth2TokenUrl,
    OAuth2ClientId,
    OAuth2Scope,
    ImapSyncDays,
    CheckInterval,
    ImapKeepOfflineDays,
    ImapIdle, ///< last: the tests count the options by it
};

/// One row of the option table.
struct AccountOption
{
    AccountOptionId id;
    QString name; ///< as typed without dashes: "smtp-port"
    QString valueName; ///< "N", "HOST"...; empty for a switch such as "allow-plaintext"
    QString description; ///< translated, one line

    [[nodiscard]] bool isSwitch() const { return valueName.isEmpty(); }
};

/**
 * @short The one table of account options behind both `account add` and
 * `account set NAME KEY VALUE`, and the rules that turn them into an Account.
 *
 * `add` takes `--KEY VALUE` (`--KEY` for a switch); `set` takes the same KEY without
 * the dashes, and a switch takes yes|no there. Both go through this class, so the
 * two cannot drift apart.
 *
 * Defaults (CLI.md): security tls; the port from protocol and security (IMAP
 * 993/143, POP3 995/110, SMTP 465/587); a well-known port given without a security
 * suggests its security (143 → starttls); the SMTP host is the incoming host; the
 * login is the email address and the SMTP login the incoming login; the password
 * comes from the keychain.
 *
 * `set` keeps dependent settings that still hold their default in step: a port
 * that was the default for the old protocol and security becomes the new default,
 * the SMTP host follows the incoming host, logins follow the address. A pinned
 * certificate is dropped when its host or port changes.
 *
 * oauth2-client-id makes OAuth2 the account's secret (PasswordSource::OAuth2); the
 * provider's URLs and scope are kept whatever the source, so switching back and forth
 * does not lose them. Getting the tokens is `account login`'s job.
 *
 * password-stdin only chooses the keychain as the password source: reading the
 * password and storing it is the caller's job (CredentialStore).
 */
class AccountOptions
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Accounts::AccountOptions)

public:
    using Values = QList<std::pair<AccountOptionId, QString>>;

    /// Every option, in the order of CLI.md (translated descriptions).
    [[nodiscard]] static QList<AccountOption> all();
    [[nodiscard]] static std::optional<AccountOption> find(const QString &name);
    [[nodiscard]] static std::optional<AccountOption> find(AccountOptionId id);

    /**
     * `account add NAME ...`: an account from the options given (@p values holds
     * each given option once; a switch's value is empty), with the defaults above,
     * validated. Email, incoming and host are required.
     */
    [[nodiscard]] static AccountResult build(const QString &name, const Values &values, Account *account);

    /// `account set NAME KEY VALUE`: changes @p account only when the result validates.
    [[nodiscard]] static AccountResult change(Account &account, AccountOptionId id, const QString &value);
};

} // namespace Letterbox::Accounts
