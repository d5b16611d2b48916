#pragma once

#include <QString>
#include <QStringList>

namespace Letterbox::Store {

/**
 * @short Splits an SQL script (a migration file) into single statements.
 *
 * QSqlQuery runs one statement per exec(), so a migration file has to be cut at its
 * semicolons — but not at those inside string literals, quoted identifiers, comments or
 * the BEGIN … END body of a CREATE TRIGGER (whose inner CASE … END pairs are counted too).
 * This is the rule of sqlite3_complete(), which QtSql does not expose.
 */
class SqlScript
{
public:
    /// The statements of @p script, trimmed, without their terminating semicolons; comments
    /// outside statements are dropped, empty statements skipped.
    [[nodiscard]] static QStringList split(const QString &script);
};

} // namespace Letterbox::Store
