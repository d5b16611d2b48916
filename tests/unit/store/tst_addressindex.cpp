// AddressIndex and AddressTally: the correspondents of a cache as the composer completes
// them — counted from From/To/Cc at insert, most used first, matched by prefix of the
// address, domain, name or a word of it, and rebuilt for a cache made before version 2.
#include "store/addressindex.h"

#include "store/addresstally.h"
#include "store/messagestore.h"
#include "storetesting.h"

#include <QTest>

using namespace Letterbox::Store;
using StoreTesting::Cache;

namespace {

using Mailbox = AddressTally::Mailbox;

NewMessage mail(quint32 uid, const QString &fromName, const QString &from, const QString &to,
    const QString &cc = {}, qint64 minutes = 0)
{
    NewMessage m = StoreTesting::message(uid, QStringLiteral("Subject %1").arg(uid));
    m.fromName = fromName;
    m.fromAddress = from;
    m.toSummary = to;
    m.ccSummary = cc;
    m.internalDate = QDateTime::fromSecsSinceEpoch(1700000000 + (minutes ? minutes : uid) * 60, Qt::UTC);
    return m;
}

QStringList addresses(const QList<AddressMatch> &matches)
{
    QStringList result;
    for (const AddressMatch &match : matches) {
        result.append(match.address);
    }
    return result;
}

QList<AddressMatch> complete(Database &database, const QString &typed, int limit = 10)
{
    const Result<QList<AddressMatch>> matches = AddressIndex(database).complete(typed, limit);
    if (!matches.ok()) {
        qFatal("complete failed: %s", qPrintable(matches.message()));
    }
    return matches.value();
}

void insert(Cache &cache, const QList<NewMessage> &messages)
{
    const Result<QList<qint64>> inserted = MessageStore(cache.db()).insert(cache.inbox, messages);
    QVERIFY2(inserted.ok(), qPrintable(inserted.message()));
}

} // namespace

Q_DECLARE_METATYPE(QList<AddressTally::Mailbox>)

class TestAddressIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitSummary_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QList<Mailbox>>("expected");
        QTest::newRow("one-named") << QStringLiteral("Bob <bob@example.org>")
                                   << QList<Mailbox> {{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}};
        QTest::newRow("named-and-bare")
            << QStringLiteral("Bob <bob@example.org>, carol@example.org")
            << QList<Mailbox> {{QStringLiteral("Bob"), QStringLiteral("bob@example.org")},
                   {QString(), QStringLiteral("carol@example.org")}};
        QTest::newRow("comma-in-name")
            << QStringLiteral("Smith, Bob <bob@example.org>, Doe, Jane <jane@example.org>")
            << QList<Mailbox> {{QStringLiteral("Smith, Bob"), QStringLiteral("bob@example.org")},
                   {QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.org")}};
        QTest::newRow("name-without-address-is-dropped")
            << QStringLiteral("undisclosed-recipients, dan@example.org")
            << QList<Mailbox> {{QString(), QStringLiteral("dan@example.org")}};
        QTest::newRow("empty") << QString() << QList<Mailbox>();
    }

    void splitSummary()
    {
        QFETCH(QString, summary);
        QFETCH(QList<Mailbox>, expected);
        QCOMPARE(AddressTally::splitSummary(summary), expected);
    }

    void mostUsedFirst()
    {
        Cache cache;
        insert(cache,
            {mail(1, QStringLiteral("Alice"), QStringLiteral("alice@example.org"), QStringLiteral("me@example.org")),
                mail(2, QStringLiteral("Bob"), QStringLiteral("bob@example.org"), QStringLiteral("me@example.org")),
                mail(3, QStringLiteral("Bob"), QStringLiteral("bob@example.org"), QStringLiteral("me@example.org")),
                mail(4, QString(), QStringLiteral("me@example.org"), QStringLiteral("Bob <bob@example.org>"),
                    QStringLiteral("Beth <beth@example.org>"))});
        // me: 4 messages, bob: 3, beth and alice: 1 each (beth seen later, so first).
        QCOMPARE(addresses(complete(cache.db(), QString())),
            (QStringList {QStringLiteral("me@example.org"), QStringLiteral("bob@example.org"),
                QStringLiteral("beth@example.org"), QStringLiteral("alice@example.org")}));
        QCOMPARE(addresses(complete(cache.db(), QStringLiteral("b"))),
            (QStringList {QStringLiteral("bob@example.org"), QStringLiteral("beth@example.org")}));
        const QList<AddressMatch> bob = complete(cache.db(), QStringLiteral("bob"));
        QCOMPARE(bob.size(), 1);
        QCOMPARE(bob.first().name, QStringLiteral("Bob"));
        QCOMPARE(bob.first().uses, 3);
        QCOMPARE(bob.first().lastSeen, QDateTime::fromSecsSinceEpoch(1700000000 + 4 * 60, Qt::UTC));
        QCOMPARE(complete(cache.db(), QString(), 2).size(), 2);
    }

    void prefixOfNameOrAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QString juergen = QStringLiteral("jm@firma.example");
        const QString smith = QStringLiteral("bob.smith@acme.example");
        QTest::newRow("address") << QStringLiteral("bob.sm") << QStringList {smith};
        QTest::newRow("address-case") << QStringLiteral("JM@F") << QStringList {juergen};
        QTest::newRow("domain") << QStringLiteral("acme") << QStringList {smith};
        QTest::newRow("first-name") << QStringLiteral("jür") << QStringList {juergen};
        QTest::newRow("last-name") << QStringLiteral("smi") << QStringList {smith};
        QTest::newRow("whole-name") << QStringLiteral("Bob Sm") << QStringList {smith};
        QTest::newRow("without-diacritics") << QStringLiteral("mull") << QStringList {juergen};
        QTest::newRow("quoted-start") << QStringLiteral("\"Smith") << QStringList {smith};
        QTest::newRow("middle-matches-nothing") << QStringLiteral("mith") << QStringList();
        QTest::newRow("no-one") << QStringLiteral("zz") << QStringList();
    }

    void prefixOfNameOrAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        Cache cache;
        insert(cache,
            {mail(1, QStringLiteral("Jürgen Müller"), QStringLiteral("jm@firma.example"),
                QStringLiteral("Smith, Bob <bob.smith@acme.example>"))});
        QCOMPARE(addresses(complete(cache.db(), typed)), expected);
    }

    void countsAMessageOnceAndKeepsTheLatestName()
    {
        Cache cache;
        insert(cache,
            {mail(1, QStringLiteral("A"), QStringLiteral("a@example.org"), QStringLiteral("Carol <carol@example.org>"),
                QStringLiteral("CAROL@example.org"), 10),
                mail(2, QStringLiteral("A"), QStringLiteral("a@example.org"),
                    QStringLiteral("Carol Jones <Carol@Example.org>"), {}, 20)});
        const QList<AddressMatch> carol = complete(cache.db(), QStringLiteral("carol"));
        QCOMPARE(carol.size(), 1);
        QCOMPARE(carol.first().uses, 2);
        QCOMPARE(carol.first().name, QStringLiteral("Carol Jones"));
        QCOMPARE(carol.first().address, QStringLiteral("Carol@Example.org"));
        // An older message arriving later (a folder synced late) does not rename her.
        insert(cache,
            {mail(3, QStringLiteral("A"), QStringLiteral("a@example.org"), QStringLiteral("C. <carol@example.org>"),
                {}, 5)});
        QCOMPARE(complete(cache.db(), QStringLiteral("carol")).first().name, QStringLiteral("Carol Jones"));
        QCOMPARE(complete(cache.db(), QStringLiteral("jones")).first().uses, 3);
    }

    void sameUidTwiceIsNotCountedTwice()
    {
        Cache cache;
        const NewMessage m = mail(1, QStringLiteral("Dan"), QStringLiteral("dan@example.org"), QString());
        insert(cache, {m});
        insert(cache, {m}); // a sync restarted after a crash sends the same UID again
        QCOMPARE(complete(cache.db(), QStringLiteral("dan")).first().uses, 1);
    }

    void rebuiltForAnOlderCache()
    {
        Cache cache;
        insert(cache,
            {mail(1, QStringLiteral("Eve"), QStringLiteral("eve@example.org"), QStringLiteral("Fay <fay@example.org>")),
                mail(2, QStringLiteral("Eve"), QStringLiteral("eve@example.org"), QStringLiteral("gus@example.org"))});
        // Make it a version 1 cache, as an older Letterbox left it, and open it again.
        for (const char *sql : {"DROP TABLE address_keys", "DROP TABLE addresses", "PRAGMA user_version = 1"}) {
            QVERIFY(cache.db().exec(QString::fromLatin1(sql)).ok());
        }
        cache.db().close();
        Database reopened(cache.directory.path());
        QVERIFY(reopened.open().ok());
        QCOMPARE(reopened.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(addresses(complete(reopened, QString())),
            (QStringList {QStringLiteral("eve@example.org"), QStringLiteral("gus@example.org"),
                QStringLiteral("fay@example.org")}));
        QCOMPARE(complete(reopened, QStringLiteral("fay")).first().name, QStringLiteral("Fay"));
    }
};

QTEST_GUILESS_MAIN(TestAddressIndex)
#include "tst_addressindex.moc"
