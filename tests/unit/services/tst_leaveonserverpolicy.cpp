// LeaveOnServerPolicy as a table: every retention, and the rule above them all: a UIDL
// that is not durably stored (ledger stored=false), not listed by the server, or already
// deleted there is never chosen.
#include "services/pop3/leaveonserverpolicy.h"

#include <QTest>

using namespace Letterbox;
using Accounts::Pop3Retention;
using Services::LeaveOnServerPolicy;

namespace {

const QDateTime s_now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);

// "name:flags:age" → an entry; flags: s = stored, d = deleted on server; age in days.
Store::Pop3LedgerEntry entry(const QByteArray &spec)
{
    const QList<QByteArray> parts = spec.split(':');
    Store::Pop3LedgerEntry entry;
    entry.uidl = parts.at(0);
    entry.stored = parts.at(1).contains('s');
    entry.deletedOnServer = parts.at(1).contains('d');
    entry.firstSeen = s_now.addSecs(-qint64(parts.at(2).toDouble() * 86400));
    return entry;
}

QSet<QByteArray> setOf(const QByteArray &names)
{
    QSet<QByteArray> set;
    for (const QByteArray &name : names.split(' ')) {
        if (!name.isEmpty()) {
            set.insert(name);
        }
    }
    return set;
}

} // namespace

class TestLeaveOnServerPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data();
    void choose();
};

void TestLeaveOnServerPolicy::choose_data()
{
    QTest::addColumn<Pop3Retention>("retention");
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<QList<QByteArray>>("ledger");
    QTest::addColumn<QByteArray>("onServer");
    QTest::addColumn<QByteArray>("removedLocally");
    QTest::addColumn<QList<QByteArray>>("expected");

    const QList<QByteArray> mixed {"a:s:0", "b::0", "c:s:10", "d::10", "e:sd:10"};
    const QByteArray all = "a b c d e";
    QTest::newRow("keep-deletes-nothing")
        << Pop3Retention::Keep << 0 << mixed << all << QByteArray("a c") << QList<QByteArray> {};
    QTest::newRow("after-download-only-stored")
        << Pop3Retention::DeleteAfterDownload << 0 << mixed << all << QByteArray() << QList<QByteArray> {"a", "c"};
    QTest::newRow("after-download-never-unstored")
        << Pop3Retention::DeleteAfterDownload << 0 << QList<QByteArray> {"x::0", "y::99"} << QByteArray("x y")
        << QByteArray("x y") << QList<QByteArray> {};
    QTest::newRow("after-download-not-listed-not-chosen")
        << Pop3Retention::DeleteAfterDownload << 0 << mixed << QByteArray("a b") << QByteArray()
        << QList<QByteArray> {"a"};
    QTest::newRow("after-download-already-deleted")
        << Pop3Retention::DeleteAfterDownload << 0 << QList<QByteArray> {"e:sd:10"} << QByteArray("e") << QByteArray()
        << QList<QByteArray> {};
    QTest::newRow("days-older-only") << Pop3Retention::KeepDays << 7 << mixed << all << QByteArray()
                                     << QList<QByteArray> {"c"};
    QTest::newRow("days-exactly-n-is-due") << Pop3Retention::KeepDays << 7 << QList<QByteArray> {"p:s:7", "q:s:6.99"}
                                           << QByteArray("p q") << QByteArray() << QList<QByteArray> {"p"};
    QTest::newRow("days-old-but-unstored-stays") << Pop3Retention::KeepDays << 1 << QList<QByteArray> {"old::400"}
                                                 << QByteArray("old") << QByteArray() << QList<QByteArray> {};
    QTest::newRow("days-zero-deletes-nothing")
        << Pop3Retention::KeepDays << 0 << mixed << all << QByteArray() << QList<QByteArray> {};
    QTest::newRow("with-local-only-removed")
        << Pop3Retention::DeleteWithLocal << 0 << mixed << all << QByteArray("c") << QList<QByteArray> {"c"};
    QTest::newRow("with-local-nothing-removed")
        << Pop3Retention::DeleteWithLocal << 0 << mixed << all << QByteArray() << QList<QByteArray> {};
    // A removal report for a message never stored (it was never here) is ignored.
    QTest::newRow("with-local-never-stored")
        << Pop3Retention::DeleteWithLocal << 0 << mixed << all << QByteArray("b d e") << QList<QByteArray> {};
    QTest::newRow("hostile-uidl-is-just-a-key")
        << Pop3Retention::DeleteAfterDownload << 0 << QList<QByteArray> {"../../x:s:0", "../../y::0"}
        << QByteArray("../../x ../../y") << QByteArray() << QList<QByteArray> {"../../x"};
}

void TestLeaveOnServerPolicy::choose()
{
    QFETCH(Pop3Retention, retention);
    QFETCH(int, keepDays);
    QFETCH(QList<QByteArray>, ledger);
    QFETCH(QByteArray, onServer);
    QFETCH(QByteArray, removedLocally);
    QFETCH(QList<QByteArray>, expected);

    QList<Store::Pop3LedgerEntry> entries;
    for (const QByteArray &spec : std::as_const(ledger)) {
        entries.append(entry(spec));
    }
    const LeaveOnServerPolicy policy(retention, keepDays);
    const QList<QByteArray> chosen = policy.toDelete(entries, setOf(onServer), setOf(removedLocally), s_now);
    QCOMPARE(chosen, expected);
    // Whatever the retention: only stored, listed, not yet deleted messages.
    for (const QByteArray &uidl : chosen) {
        const auto found = std::find_if(
            entries.cbegin(), entries.cend(), [&](const Store::Pop3LedgerEntry &e) { return e.uidl == uidl; });
        QVERIFY(found != entries.cend() && found->stored && !found->deletedOnServer);
    }
}

QTEST_GUILESS_MAIN(TestLeaveOnServerPolicy)
#include "tst_leaveonserverpolicy.moc"
