#pragma once

#include <QString>

namespace Letterbox::Accounts {

/**
 * @short The outcome of an account operation: a code a caller can act on and one
 * translated sentence a person can read.
 *
 * letterbox-cli maps the codes to its exit codes: Invalid, NotFound and
 * AlreadyExists are bad input (2), Insecure a security refusal (3), StorageFailed a
 * failed operation (1).
 */
struct AccountResult
{
    enum class Code {
        Ok,
        Invalid, ///< a field has a bad value
        Insecure, ///< a password would cross an unencrypted connection (see Account::allowPlaintext)
        NotFound, ///< no account has that name
        AlreadyExists, ///< another account has that name
        StorageFailed, ///< the settings file could not be read or written
    };

    Code code = Code::Ok;
    QString message;

    [[nodiscard]] bool ok() const { return code == Code::Ok; }

    static AccountResult success() { return {}; }
    static AccountResult failure(Code code, const QString &message) { return {code, message}; }
};

} // namespace Letterbox::Accounts
