#pragma once

// Helpers shared by the model tests: an account over a temporary cache, and the tester.

#include "models/accountcaches.h"
#include "storetesting.h"

#include <QAbstractItemModelTester>

namespace ModelTesting {

/// "a|b|c" as a QStringList (the tests build without implicit const char * casts).
inline QStringList names(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'));
}

/// Minute @p minutes after a fixed instant (UTC): dates that sort as the numbers do.
inline QDateTime at(int minutes)
{
    return QDateTime::fromSecsSinceEpoch(1700000000 + qint64(minutes) * 60, Qt::UTC);
}

/// Inserts @p messages into @p folder of @p cache; their row ids, or the test ends.
inline QList<qint64> insert(
    StoreTesting::Cache &cache, qint64 folder, const QList<Letterbox::Store::NewMessage> &messages)
{
    const Letterbox::Store::Result<QList<qint64>> ids
        = Letterbox::Store::MessageStore(cache.db()).insert(folder, messages);
    if (!ids.ok()) {
        qFatal("insert failed: %s", qPrintable(ids.message()));
    }
    return ids.value();
}

/// Checks @p model's contract on every change from now on; any breach fails the test.
inline void attachTester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
}

/// One account, "work", over a cache with an INBOX, and @p Model over it under the tester.
template<typename Model> struct OneAccount
{
    StoreTesting::Cache cache;
    Letterbox::Models::AccountCaches caches;
    Model model {caches};

    OneAccount()
    {
        caches.addAccount(QStringLiteral("work"), &cache.db());
        attachTester(&model);
    }
};

} // namespace ModelTesting
