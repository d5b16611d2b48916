#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Letterbox::Store {

/**
 * @short What went wrong in the store, for code that must react to it.
 *
 * The store never throws: every operation that can fail returns a Status or a Result.
 * The code is for callers that branch (a newer cache is refused, a damaged one can be
 * set aside); the message is one sentence for people.
 */
enum class ErrorCode {
    None,
    NotOpen, ///< the Database is not open
    DirectoryUnavailable, ///< the cache directory cannot be created or written
    Damaged, ///< not a database, truncated, or SQLite reports corruption
    NewerVersion, ///< made by a newer Letterbox: refused and left untouched
    NotACache, ///< an SQLite file, but not a Letterbox cache
    MigrationFailed, ///< a schema migration failed and was rolled back
    DiskFull,
    Busy, ///< another connection held the write lock past the busy timeout
    QueryFailed, ///< any other SQL error
    BlobFailed, ///< a blob could not be written, read, linked or removed
    BlobMissing, ///< a row would point to (or points to) a blob that is not on disk
    InvalidArgument,
    NotFound,
    InvalidTransition, ///< an outbox or journal state change that the state machine forbids
};

/**
 * @short Success, or an ErrorCode with a sentence that says what failed.
 */
class Status
{
public:
    Status() = default;
    Status(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    { }

    [[nodiscard]] bool ok() const { return m_code == ErrorCode::None; }
    [[nodiscard]] ErrorCode code() const { return m_code; }
    [[nodiscard]] QString message() const { return m_message; }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
};

/**
 * @short A value, or the Status that says why there is none.
 *
 * Implicitly built from either, so a function can `return value;` or `return status;`.
 */
template<typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): by design
        : m_value(std::move(value))
    { }
    Result(Status status) // NOLINT(google-explicit-constructor): by design
        : m_status(std::move(status))
    {
        if (m_status.ok()) {
            // A failure without a reason is a bug in the store; never report it as success.
            m_status = Status(ErrorCode::QueryFailed, QStringLiteral("internal error: a failure without a reason"));
        }
    }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] ErrorCode code() const { return m_status.code(); }
    [[nodiscard]] QString message() const { return m_status.message(); }

    /// The value; only valid when ok().
    [[nodiscard]] const T &value() const & { return *m_value; }
    [[nodiscard]] T &value() & { return *m_value; }
    /// By value from a temporary, so `for (x : store.list().value())` does not dangle.
    [[nodiscard]] T value() && { return std::move(*m_value); }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace Letterbox::Store
