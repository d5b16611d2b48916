#pragma once

#include <QString>

namespace Letterbox::Accounts {

/**
 * @short The outcome of a CredentialJob: the password (for a read) or why there is none,
 * as a code and one translated sentence that names the account.
 */
struct CredentialResult
{
    enum class Code {
        Ok,
        NotFound, ///< the keychain holds no password for the account
        NoKeychain, ///< no Secret Service is reachable (no session bus, nothing answers)
        AccessDenied, ///< the keychain is locked or refused
        Timeout, ///< the keychain or the password command did not answer in time
        CommandFailed, ///< the password command failed or printed nothing
        Failed, ///< anything else the keychain reported
    };

    Code code = Code::Ok;
    QString password; ///< only for a successful read; never logged or printed
    QString message;

    [[nodiscard]] bool ok() const { return code == Code::Ok; }
};

} // namespace Letterbox::Accounts
