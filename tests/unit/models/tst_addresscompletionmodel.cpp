// AddressCompletionModel over two accounts' caches: most used first, prefix of name or
// address, an address known to both accounts merged, the person's own left out.
#include "models/addresscompletionmodel.h"

#include "modeltesting.h"
#include "models/roles.h"
#include "store/messagestore.h"

#include <QTest>

using namespace Letterbox;
using Models::AddressCompletionModel;
using StoreTesting::Cache;

namespace {

void receive(Cache &cache, quint32 uid, const QString &fromName, const QString &from, qint64 minutes,
    const QString &to = QStringLiteral("me@example.org"))
{
    Store::NewMessage m = StoreTesting::message(uid, QStringLiteral("Hello"));
    m.fromName = fromName;
    m.fromAddress = from;
    m.toSummary = to;
    m.internalDate = QDateTime::fromSecsSinceEpoch(1700000000 + minutes * 60, Qt::UTC);
    const Store::Result<QList<qint64>> inserted = Store::MessageStore(cache.db()).insert(cache.inbox, {m});
    QVERIFY2(inserted.ok(), qPrintable(inserted.message()));
}

/// Two accounts, "work" and "home", with the model over both under the tester.
struct TwoAccounts
{
    Cache work;
    Cache home;
    Models::AccountCaches caches;
    AddressCompletionModel model {caches};

    TwoAccounts()
    {
        caches.addAccount(QStringLiteral("work"), &work.db());
        caches.addAccount(QStringLiteral("home"), &home.db());
        ModelTesting::attachTester(&model);
    }

    [[nodiscard]] QStringList rows(int role = Models::EmailAddressRole) const
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result.append(model.index(row).data(role).toString());
        }
        return result;
    }
};

} // namespace

class TestAddressCompletionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mostUsedFirstAcrossAccounts()
    {
        TwoAccounts accounts;
        receive(accounts.work, 1, QStringLiteral("Ann Lee"), QStringLiteral("ann@example.org"), 1);
        receive(accounts.work, 2, QStringLiteral("Ben"), QStringLiteral("ben@example.org"), 2);
        receive(accounts.work, 3, QStringLiteral("Ben"), QStringLiteral("ben@example.org"), 3);
        // Ann twice at home too: with the work message she is used most (3 against 2).
        receive(accounts.home, 1, QStringLiteral("Ann"), QStringLiteral("Ann@Example.org"), 4);
        receive(accounts.home, 2, QStringLiteral("Ann"), QStringLiteral("ann@example.org"), 5);
        accounts.model.setExcludedAddresses({QStringLiteral("ME@example.org")});
        accounts.model.setPrefix(QString());
        QCOMPARE(accounts.rows(), (QStringList {QStringLiteral("ann@example.org"), QStringLiteral("ben@example.org")}));
        const QModelIndex ann = accounts.model.index(0);
        QCOMPARE(ann.data(Models::UseCountRole).toLongLong(), 3);
        QCOMPARE(ann.data(Models::NameRole).toString(), QStringLiteral("Ann")); // the latest name
        QCOMPARE(ann.data(Models::LastSeenRole).toDateTime(), QDateTime::fromSecsSinceEpoch(1700000000 + 5 * 60, Qt::UTC));
        QCOMPARE(ann.data(Qt::DisplayRole).toString(), QStringLiteral("Ann <ann@example.org>"));
    }

    void prefixOfNameOrAddress()
    {
        TwoAccounts accounts;
        receive(accounts.work, 1, QStringLiteral("Carla Diaz"), QStringLiteral("cd@corp.example"), 1);
        receive(accounts.home, 1, QStringLiteral("Dora"), QStringLiteral("dora@home.example"), 2);
        accounts.model.setPrefix(QStringLiteral("dia"));
        QCOMPARE(accounts.rows(), QStringList {QStringLiteral("cd@corp.example")});
        accounts.model.setPrefix(QStringLiteral("D"));
        QCOMPARE(accounts.rows(), (QStringList {QStringLiteral("dora@home.example"), QStringLiteral("cd@corp.example")}));
        accounts.model.setPrefix(QStringLiteral("dora@"));
        QCOMPARE(accounts.rows(), QStringList {QStringLiteral("dora@home.example")});
        accounts.model.setPrefix(QStringLiteral("nobody"));
        QCOMPARE(accounts.model.rowCount(), 0);
    }

    void limitsRows()
    {
        TwoAccounts accounts;
        for (quint32 i = 1; i <= 6; ++i) {
            receive(accounts.work, i, QString(), QStringLiteral("user%1@example.org").arg(i), i);
        }
        accounts.model.setLimit(3);
        accounts.model.setPrefix(QStringLiteral("user"));
        // Equal uses: the most recent first.
        QCOMPARE(accounts.rows(),
            (QStringList {QStringLiteral("user6@example.org"), QStringLiteral("user5@example.org"),
                QStringLiteral("user4@example.org")}));
    }

    void editRoleIsReadyForAHeader()
    {
        TwoAccounts accounts;
        receive(accounts.work, 1, QStringLiteral("Smith, Bob"), QStringLiteral("bob@example.org"), 1);
        accounts.model.setPrefix(QStringLiteral("bob"));
        QCOMPARE(accounts.rows(Qt::EditRole), QStringList {QStringLiteral("\"Smith, Bob\" <bob@example.org>")});
        QCOMPARE(AddressCompletionModel::headerForm(QStringLiteral("Bob"), QStringLiteral("b@x.org")),
            QStringLiteral("Bob <b@x.org>"));
        QCOMPARE(AddressCompletionModel::headerForm(QString(), QStringLiteral("b@x.org")), QStringLiteral("b@x.org"));
        QCOMPARE(AddressCompletionModel::headerForm(QStringLiteral("A \"B\" C."), QStringLiteral("b@x.org")),
            QStringLiteral("\"A \\\"B\\\" C.\" <b@x.org>"));
    }
};

QTEST_GUILESS_MAIN(TestAddressCompletionModel)
#include "tst_addresscompletionmodel.moc"
