#include "store/outbox.h"

#include "store/transaction.h"
#include "storetesting.h"

#include <QTest>

using namespace Letterbox::Store;
using StoreTesting::Cache;

Q_DECLARE_METATYPE(Letterbox::Store::OutboxState)

namespace {

enum class Action { Sending, Sent, Failed, MaybeSent, Requeue };

Status apply(Outbox &outbox, qint64 id, Action action)
{
    switch (action) {
    case Action::Sending:
        return outbox.markSending(id);
    case Action::Sent:
        return outbox.markSent(id);
    case Action::Failed:
        return outbox.markFailed(id, QStringLiteral("451 try later"), QDateTime::currentDateTimeUtc().addSecs(60));
    case Action::MaybeSent:
        return outbox.markMaybeSent(id, QStringLiteral("connection lost after DATA"));
    case Action::Requeue:
        return outbox.requeue(id);
    }
    return {};
}

// Drives a fresh entry into @p state along the allowed path.
void reach(Outbox &outbox, qint64 id, OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return;
    case OutboxState::Sending:
        QVERIFY(outbox.markSending(id).ok());
        return;
    case OutboxState::Failed:
        QVERIFY(outbox.markSending(id).ok());
        QVERIFY(apply(outbox, id, Action::Failed).ok());
        return;
    case OutboxState::MaybeSent:
        QVERIFY(outbox.markSending(id).ok());
        QVERIFY(apply(outbox, id, Action::MaybeSent).ok());
        return;
    case OutboxState::Sent:
        QVERIFY(outbox.markSending(id).ok());
        QVERIFY(outbox.markSent(id).ok());
        return;
    }
}

} // namespace

Q_DECLARE_METATYPE(Action)

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<OutboxState>("from");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<OutboxState>("to");
        using S = OutboxState;
        QTest::newRow("queued-sending") << S::Queued << Action::Sending << true << S::Sending;
        QTest::newRow("queued-sent") << S::Queued << Action::Sent << false << S::Queued;
        QTest::newRow("queued-failed") << S::Queued << Action::Failed << false << S::Queued;
        QTest::newRow("queued-requeue") << S::Queued << Action::Requeue << false << S::Queued;
        QTest::newRow("sending-sent") << S::Sending << Action::Sent << true << S::Sent;
        QTest::newRow("sending-failed") << S::Sending << Action::Failed << true << S::Failed;
        QTest::newRow("sending-maybe-sent") << S::Sending << Action::MaybeSent << true << S::MaybeSent;
        QTest::newRow("sending-twice") << S::Sending << Action::Sending << false << S::Sending;
        QTest::newRow("failed-retry") << S::Failed << Action::Sending << true << S::Sending;
        QTest::newRow("failed-requeue") << S::Failed << Action::Requeue << true << S::Queued;
        QTest::newRow("failed-sent") << S::Failed << Action::Sent << false << S::Failed;
        QTest::newRow("maybe-sent-not-retried") << S::MaybeSent << Action::Sending << false << S::MaybeSent;
        QTest::newRow("maybe-sent-requeue") << S::MaybeSent << Action::Requeue << true << S::Queued;
        QTest::newRow("sent-is-final") << S::Sent << Action::Sending << false << S::Sent;
        QTest::newRow("sent-not-requeued") << S::Sent << Action::Requeue << false << S::Sent;
    }

    void transitions()
    {
        QFETCH(OutboxState, from);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QFETCH(OutboxState, to);
        Cache cache;
        Outbox outbox(cache.db());
        const QString key = cache.db().blobs().write("From: me\r\n\r\nhello\r\n").value().key;
        const qint64 id = outbox
                              .enqueue(key, QStringLiteral("me@example.org"), {QStringLiteral("you@example.org")},
                                  QStringLiteral("<out@example.org>"))
                              .value();
        reach(outbox, id, from);
        const Status status = apply(outbox, id, action);
        QCOMPARE(status.ok(), allowed);
        if (!allowed) {
            QCOMPARE(status.code(), ErrorCode::InvalidTransition);
        }
        QCOMPARE(outbox.entry(id).value()->state, to);
    }

    void entryKeepsWhatWasQueued()
    {
        Cache cache;
        Outbox outbox(cache.db());
        const QString key = cache.db().blobs().write("raw").value().key;
        const QStringList recipients {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
        const qint64 id
            = outbox.enqueue(key, QStringLiteral("me@example.org"), recipients, QStringLiteral("<x@y>")).value();
        QVERIFY(outbox.markSending(id).ok());
        QVERIFY(outbox.markFailed(id, QStringLiteral("421 busy"), QDateTime::currentDateTimeUtc().addSecs(300)).ok());
        const OutboxEntry entry = outbox.entry(id).value().value();
        QCOMPARE(entry.blobKey, key);
        QCOMPARE(entry.envelopeFrom, QStringLiteral("me@example.org"));
        QCOMPARE(entry.recipients, recipients);
        QCOMPARE(entry.messageId, QStringLiteral("x@y"));
        QCOMPARE(entry.attempts, 1);
        QCOMPARE(entry.lastError, QStringLiteral("421 busy"));
        QVERIFY(entry.created.isValid());
        QCOMPARE(outbox.entries().value().size(), 1);
    }

    void nextDueWaitsForTheBackoff()
    {
        Cache cache;
        Outbox outbox(cache.db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 first = outbox
                                 .enqueue(cache.db().blobs().write("1").value().key, QStringLiteral("me@x"),
                                     {QStringLiteral("a@x")}, {})
                                 .value();
        QCOMPARE(outbox.nextDue(now).value()->id, first);
        QVERIFY(outbox.markSending(first).ok());
        QVERIFY(!outbox.nextDue(now).value().has_value()); // being sent: nobody else takes it
        QVERIFY(outbox.markFailed(first, QStringLiteral("451"), now.addSecs(600)).ok());
        QVERIFY(!outbox.nextDue(now).value().has_value());
        QCOMPARE(outbox.nextDue(now.addSecs(601)).value()->id, first);
    }

    void takeSentHandsOverTheBlob()
    {
        Cache cache;
        Outbox outbox(cache.db());
        const QString key = cache.db().blobs().write("the message").value().key;
        const qint64 id = outbox.enqueue(key, QStringLiteral("me@x"), {QStringLiteral("a@x")}, {}).value();
        QCOMPARE(outbox.takeSent(id).code(), ErrorCode::InvalidTransition); // queued, not being sent
        QVERIFY(outbox.markSending(id).ok());
        const Result<QString> taken = outbox.takeSent(id);
        QVERIFY2(taken.ok(), qPrintable(taken.message()));
        QCOMPARE(taken.value(), key);
        QVERIFY(!outbox.entry(id).value().has_value());
        QVERIFY(cache.db().blobs().contains(key)); // now the caller's
        QCOMPARE(outbox.purgeSent().value(), 0);
        QVERIFY(cache.db().blobs().contains(key));
    }

    void permanentFailureIsNeverDue()
    {
        Cache cache;
        Outbox outbox(cache.db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = outbox
                              .enqueue(cache.db().blobs().write("1").value().key, QStringLiteral("me@x"),
                                  {QStringLiteral("a@x")}, {})
                              .value();
        QVERIFY(outbox.markSending(id).ok());
        QVERIFY(outbox.markFailed(id, QStringLiteral("550 no such user"), QDateTime()).ok());
        QVERIFY(!outbox.nextDue(now.addYears(10)).value().has_value());
        QCOMPARE(outbox.entry(id).value()->state, OutboxState::Failed);
        QVERIFY(outbox.requeue(id).ok()); // the person's decision brings it back
        QCOMPARE(outbox.nextDue(now).value()->id, id);
    }

    void interruptedSendBecomesMaybeSent()
    {
        Cache cache;
        qint64 id = 0;
        {
            Outbox outbox(cache.db());
            id = outbox
                     .enqueue(
                         cache.db().blobs().write("m").value().key, QStringLiteral("me@x"), {QStringLiteral("a@x")}, {})
                     .value();
            QVERIFY(outbox.markSending(id).ok());
        }
        // The next start: the sender is gone and may or may not have got its 250.
        Outbox outbox(cache.db());
        QCOMPARE(outbox.recoverInterrupted().value(), QList<qint64> {id});
        QCOMPARE(outbox.entry(id).value()->state, OutboxState::MaybeSent);
        QVERIFY(!outbox.entry(id).value()->lastError.isEmpty());
        QVERIFY(!outbox.nextDue(QDateTime::currentDateTimeUtc().addYears(1)).value().has_value());
        QCOMPARE(outbox.recoverInterrupted().value(), QList<qint64> {});
    }

    void sentEntriesArePurgedWithTheirBlobs()
    {
        Cache cache;
        Outbox outbox(cache.db());
        const QString key = cache.db().blobs().write("m").value().key;
        const qint64 id = outbox.enqueue(key, QStringLiteral("me@x"), {QStringLiteral("a@x")}, {}).value();
        QVERIFY(outbox.markSending(id).ok());
        QCOMPARE(outbox.remove(id).code(), ErrorCode::InvalidTransition); // not while being sent
        QVERIFY(outbox.markSent(id).ok());
        QVERIFY(cache.db().blobs().contains(key));
        QCOMPARE(outbox.purgeSent().value(), 1);
        QVERIFY(!cache.db().blobs().contains(key));
        QVERIFY(outbox.entries().value().isEmpty());
        QCOMPARE(outbox.remove(id).code(), ErrorCode::NotFound);
    }

    void enqueueNeedsAStoredMessageAndRecipients()
    {
        Cache cache;
        Outbox outbox(cache.db());
        QCOMPARE(outbox
                     .enqueue(QStringLiteral("00000000000000000000000000000000"), QStringLiteral("me@x"),
                         {QStringLiteral("a@x")}, {})
                     .code(),
            ErrorCode::BlobMissing);
        QCOMPARE(outbox.enqueue(cache.db().blobs().write("m").value().key, QStringLiteral("me@x"), {}, {}).code(),
            ErrorCode::InvalidArgument);
    }

    void markSentIsDurableAndCannotNest()
    {
        Cache cache;
        Outbox outbox(cache.db());
        const qint64 id = outbox
                              .enqueue(cache.db().blobs().write("m").value().key, QStringLiteral("me@x"),
                                  {QStringLiteral("a@x")}, {})
                              .value();
        QVERIFY(outbox.markSending(id).ok());
        {
            // Inside an ordinary transaction the fsync of the commit cannot be promised.
            Transaction ordinary(cache.db());
            QCOMPARE(outbox.markSent(id).code(), ErrorCode::InvalidArgument);
        }
        QVERIFY(outbox.markSent(id).ok());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
