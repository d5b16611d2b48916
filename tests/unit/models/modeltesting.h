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
