#pragma once

#include "store/status.h"

#include <QString>
#include <QVariant>

#include <memory>

class QSqlQuery;

namespace Letterbox::Store {

class Database;

/**
 * @short One prepared SQL statement, borrowed from the Database's statement cache.
 *
 * Binding is positional (`?`); an invalid QVariant() binds SQL NULL, a null QString an
 * empty text. The statement is reset when this object dies, so a SELECT
 * never keeps its read snapshot (and the WAL) pinned after the caller is done with it.
 */
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    void bind(int index, const QVariant &value);
    /// Binds a named placeholder (":name"). Cheaper than by index in QtSql, where a
    /// positional bind formats a placeholder name every time: use it in hot loops.
    void bind(const QString &placeholder, const QVariant &value);
    /// Runs with the values bound so far.
    Status exec();
    /// Binds @p values in order, then runs.
    Status exec(const QVariantList &values);

    bool next();
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 lastInsertId() const;
    [[nodiscard]] int rowsAffected() const;
    /// Ends reading early; also done by the destructor.
    void finish();

private:
    friend class Database;
    Statement(Database *database, QSqlQuery *query, std::unique_ptr<QSqlQuery> owned, QString sql);

    Database *m_database = nullptr;
    QSqlQuery *m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_owned; // set when the cached one was already in use
    QString m_sql;
};

} // namespace Letterbox::Store
