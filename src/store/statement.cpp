#include "store/statement.h"

#include "store/database.h"

#include <QSqlQuery>

namespace Letterbox::Store {

namespace {

bool isNullString(const QVariant &value)
{
    return value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull();
}

} // namespace

Statement::Statement(Database *database, QSqlQuery *query, std::unique_ptr<QSqlQuery> owned, QString sql)
    : m_database(database)
    , m_query(query)
    , m_owned(std::move(owned))
    , m_sql(std::move(sql))
{ }

Statement::Statement(Statement &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_query(std::exchange(other.m_query, nullptr))
    , m_owned(std::move(other.m_owned))
    , m_sql(std::move(other.m_sql))
{ }

Statement::~Statement()
{
    if (m_query) {
        m_query->finish();
        if (!m_owned) {
            m_database->release(m_query);
        }
    }
}

void Statement::bind(int index, const QVariant &value)
{
    // QSQLITE binds a null QString as SQL NULL, and Qt makes empty strings null all the
    // time (QString(), a default field): text columns would fail NOT NULL at random. An
    // SQL NULL is asked for with an invalid QVariant() instead.
    if (isNullString(value)) {
        m_query->bindValue(index, QStringLiteral(""));
        return;
    }
    m_query->bindValue(index, value);
}

void Statement::bind(const QString &placeholder, const QVariant &value)
{
    if (isNullString(value)) {
        m_query->bindValue(placeholder, QStringLiteral(""));
        return;
    }
    m_query->bindValue(placeholder, value);
}

Status Statement::exec()
{
    if (!m_query->exec()) {
        return m_database->errorFrom(*m_query, m_sql);
    }
    return {};
}

Status Statement::exec(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        bind(i, values.at(i));
    }
    return exec();
}

bool Statement::next()
{
    return m_query->next();
}

QVariant Statement::value(int column) const
{
    return m_query->value(column);
}

qint64 Statement::int64(int column) const
{
    return m_query->value(column).toLongLong();
}

QString Statement::text(int column) const
{
    return m_query->value(column).toString();
}

qint64 Statement::lastInsertId() const
{
    return m_query->lastInsertId().toLongLong();
}

int Statement::rowsAffected() const
{
    return m_query->numRowsAffected();
}

void Statement::finish()
{
    m_query->finish();
}

} // namespace Letterbox::Store
