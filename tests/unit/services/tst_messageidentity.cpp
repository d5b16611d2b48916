// MessageIdentity: when a message announced by the account's other protocol is one the
// cache holds already (a POP3 ↔ IMAP switch). A wrong "yes" would show one message's body
// under another's headers, so every doubtful case must say no.
#include "services/retrieval/messageidentity.h"

#include <QTest>

using namespace Letterbox;
using Services::MessageIdentity;

namespace {

/// One announced message: Message-ID (as the header has it) and size.
struct Announced
{
    QString messageId;
    qint64 size = 0;
};

Store::CachedCopy cached(qint64 id, const QString &messageId, qint64 size)
{
    return Store::CachedCopy {id, 1, messageId, size, Store::BodyState::Full, {}};
}

} // namespace

Q_DECLARE_METATYPE(QList<Announced>)
Q_DECLARE_METATYPE(QList<Store::CachedCopy>)

class TestMessageIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void key_data();
    void key();
    void pair_data();
    void pair();
};

void TestMessageIdentity::key_data()
{
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("hasKey");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("angle-brackets") << QStringLiteral("<a@example.org>") << qint64(10) << true
                                    << QStringLiteral("a@example.org");
    QTest::newRow("bare") << QStringLiteral("a@example.org") << qint64(10) << true << QStringLiteral("a@example.org");
    QTest::newRow("folded-white-space") << QStringLiteral(" <a@\r\n example.org> ") << qint64(10) << true
                                        << QStringLiteral("a@example.org");
    QTest::newRow("no-message-id") << QString() << qint64(10) << false << QString();
    QTest::newRow("only-brackets") << QStringLiteral("<>") << qint64(10) << false << QString();
    QTest::newRow("white-space-only") << QStringLiteral("  ") << qint64(10) << false << QString();
    QTest::newRow("no-size") << QStringLiteral("<a@example.org>") << qint64(0) << false << QString();
}

void TestMessageIdentity::key()
{
    QFETCH(QString, messageId);
    QFETCH(qint64, size);
    QFETCH(bool, hasKey);
    QFETCH(QString, normalized);
    const std::optional<MessageIdentity::Key> key = MessageIdentity::key(messageId, size);
    QCOMPARE(key.has_value(), hasKey);
    if (key) {
        QCOMPARE(key->messageId, normalized);
        QCOMPARE(key->size, size);
    }
}

void TestMessageIdentity::pair_data()
{
    QTest::addColumn<QList<Announced>>("announced");
    QTest::addColumn<QList<Store::CachedCopy>>("candidates");
    QTest::addColumn<QList<qint64>>("expected"); // 0: downloaded

    const QString a = QStringLiteral("<a@example.org>");
    const QString b = QStringLiteral("<b@example.org>");
    QTest::newRow("same-id-same-size") << QList<Announced> {{a, 100}} << QList<Store::CachedCopy> {cached(7, a, 100)}
                                       << QList<qint64> {7};
    QTest::newRow("brackets-do-not-matter")
        << QList<Announced> {{a, 100}} << QList<Store::CachedCopy> {cached(7, QStringLiteral("a@example.org"), 100)}
        << QList<qint64> {7};
    QTest::newRow("same-id-other-size") << QList<Announced> {{a, 140}} << QList<Store::CachedCopy> {cached(7, a, 100)}
                                        << QList<qint64> {0};
    QTest::newRow("other-id-same-size") << QList<Announced> {{b, 100}} << QList<Store::CachedCopy> {cached(7, a, 100)}
                                        << QList<qint64> {0};
    QTest::newRow("announced-without-id") << QList<Announced> {{QString(), 100}}
                                          << QList<Store::CachedCopy> {cached(7, QString(), 100)} << QList<qint64> {0};
    QTest::newRow("cached-without-id") << QList<Announced> {{a, 100}}
                                       << QList<Store::CachedCopy> {cached(7, QString(), 100)} << QList<qint64> {0};
    QTest::newRow("twice-announced-once-cached")
        << QList<Announced> {{a, 100}, {a, 100}} << QList<Store::CachedCopy> {cached(7, a, 100)}
        << QList<qint64> {7, 0};
    QTest::newRow("twice-announced-twice-cached-in-row-order")
        << QList<Announced> {{a, 100}, {a, 100}} << QList<Store::CachedCopy> {cached(9, a, 100), cached(4, a, 100)}
        << QList<qint64> {4, 9};
    QTest::newRow("once-announced-twice-cached")
        << QList<Announced> {{a, 100}} << QList<Store::CachedCopy> {cached(4, a, 100), cached(9, a, 100)}
        << QList<qint64> {4};
    QTest::newRow("a-candidate-listed-twice-is-one-row")
        << QList<Announced> {{a, 100}, {a, 100}} << QList<Store::CachedCopy> {cached(4, a, 100), cached(4, a, 100)}
        << QList<qint64> {4, 0};
    QTest::newRow("list-copy-and-original")
        << QList<Announced> {{a, 140}, {a, 100}} << QList<Store::CachedCopy> {cached(4, a, 100), cached(5, a, 140)}
        << QList<qint64> {5, 4};
    QTest::newRow("nothing-cached") << QList<Announced> {{a, 100}, {b, 50}} << QList<Store::CachedCopy> {}
                                    << QList<qint64> {0, 0};
}

void TestMessageIdentity::pair()
{
    QFETCH(QList<Announced>, announced);
    QFETCH(QList<Store::CachedCopy>, candidates);
    QFETCH(QList<qint64>, expected);
    QList<std::optional<MessageIdentity::Key>> keys;
    for (const Announced &message : std::as_const(announced)) {
        keys.append(MessageIdentity::key(message.messageId, message.size));
    }
    const QList<std::optional<qint64>> paired = MessageIdentity::pair(keys, candidates);
    QList<qint64> got;
    for (const std::optional<qint64> &row : paired) {
        got.append(row.value_or(0));
    }
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestMessageIdentity)
#include "tst_messageidentity.moc"
