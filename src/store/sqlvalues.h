#pragma once

#include "store/messagerecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace Letterbox::Store {

class Statement;

/**
 * @short Conversions between the store's C++ values and its columns (internal to store/).
 *
 * Dates are milliseconds since the epoch, 0 for "unknown", so that keyset comparisons
 * never meet NULL. Lists travel to SQL as JSON arrays for json_each(), which SQLite 3.40
 * has built in and which spares building "IN (?, ?, …)" strings of every length.
 */
namespace SqlValues {

[[nodiscard]] qint64 fromDateTime(const QDateTime &dateTime);
[[nodiscard]] QDateTime toDateTime(qint64 milliseconds);
[[nodiscard]] QString jsonIds(const QList<qint64> &ids);
[[nodiscard]] QString jsonUids(const QList<quint32> &uids);
/// A flat JSON array of strings, for "… IN (SELECT value FROM json_each(?))".
[[nodiscard]] QString jsonStrings(const QStringList &values);
[[nodiscard]] QList<quint32> uidsFromJson(const QString &json);
[[nodiscard]] QVariant optionalUid(const std::optional<quint32> &uid);
/// Keywords as stored: sorted, without duplicates or empty ones, space-separated,
/// so equal sets compare equal as text.
[[nodiscard]] QString joinKeywords(QStringList keywords);
/// `<a@b>`, ` a@b ` and `a@b` are the same Message-ID.
[[nodiscard]] QString normalizeMessageId(const QString &messageId);

/**
 * @short Rows for one `INSERT … SELECT value->>0, value->>1 … FROM json_each(?)`.
 *
 * A batch travels to SQLite as one JSON array of arrays bound to one parameter:
 * QSqlQuery's bindValue() costs about as much as SQLite's own work per value, so
 * binding 27 values for each of 5,000 rows would be half the price of an insert.
 * Strings are escaped for JSON; NUL and lone surrogates become U+FFFD.
 */
class JsonRows
{
public:
    void beginRow();
    void endRow();
    void add(qint64 value);
    void add(const QString &value);
    void addNull();
    [[nodiscard]] bool isEmpty() const { return m_rows == 0; }
    [[nodiscard]] qsizetype rowCount() const { return m_rows; }
    /// The JSON text: "[[…],[…]]".
    [[nodiscard]] QString text() const;

private:
    void separate();

    QString m_text;
    qsizetype m_rows = 0;
    bool m_firstValue = true;
};

/// "value->>0, value->>1, …, value->>(count-1)" for a JsonRows insert.
[[nodiscard]] QString jsonColumns(int count);

/// How many columns messageColumns() names.
constexpr int s_messageColumnCount = 26;

/// The columns MessageRecord is read from, for "SELECT <columns> FROM messages m".
[[nodiscard]] QString messageColumns();
/// Reads the messageColumns() of the current row of @p statement.
[[nodiscard]] MessageRecord messageFrom(const Statement &statement);

} // namespace SqlValues

} // namespace Letterbox::Store
