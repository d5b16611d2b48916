#include "mime/mimelimits.h"
#include "mime/structureguard_p.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Letterbox::Mime;
using namespace Letterbox::Mime::Internal;

namespace {

// @p depth multiparts, each the first part of the one before, around @p inner.
QByteArray nestedFragment(int depth, const QByteArray &inner = "innermost\r\n")
{
    QByteArray fragment;
    for (int i = 0; i < depth; ++i) {
        fragment += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\r\n\r\n--b"
            + QByteArray::number(i) + "\r\n";
    }
    fragment += "Content-Type: text/plain\r\n\r\n" + inner;
    for (int i = depth - 1; i >= 0; --i) {
        fragment += "--b" + QByteArray::number(i) + "--\r\n";
    }
    return fragment;
}

QByteArray nestedMultiparts(int depth, const QByteArray &inner = "innermost\r\n")
{
    return "From: a@example.org\r\nSubject: deep\r\n" + nestedFragment(depth, inner);
}

} // namespace

class TestStructureGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordinaryMessagePassesUnchanged()
    {
        const QByteArray message = "From: a@example.org\r\nTo: b@example.org\r\nSubject: Hi\r\n"
                                   "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
                                   "Content-Type: text/plain\r\n\r\nHello\r\n--x--\r\n";
        const GuardedMessage guarded = guardStructure(message);
        QCOMPARE(guarded.data, message);
        QVERIFY(guarded.warnings.isEmpty());
        QCOMPARE(guarded.topLevelHeaders.size(), 4);
        QCOMPARE(guarded.topLevelHeaders.at(2).name, QByteArray("Subject"));
        QCOMPARE(guarded.topLevelHeaders.at(2).value, QByteArray(" Hi"));
    }

    void foldedFieldsStayTogether()
    {
        const GuardedMessage guarded = guardStructure("Subject: one\r\n two\r\nX-A:b\r\n\r\nbody");
        QCOMPARE(guarded.topLevelHeaders.size(), 2);
        QCOMPARE(guarded.topLevelHeaders.at(0).value, QByteArray(" one\r\n two"));
        QCOMPARE(guarded.topLevelHeaders.at(1).value, QByteArray("b"));
    }

    void mboxFromLineIsNotAHeader()
    {
        const GuardedMessage guarded = guardStructure("From someone Tue Jul  1 10:00:00 2025\nSubject: x\n\nbody\n");
        QCOMPARE(guarded.topLevelHeaders.size(), 1);
        QCOMPARE(guarded.topLevelHeaders.at(0).name, QByteArray("Subject"));
    }

    void nestingWithinTheLimitIsKept()
    {
        const QByteArray message = nestedMultiparts(Limits::maxNestingDepth);
        const GuardedMessage guarded = guardStructure(message);
        QCOMPARE(guarded.data, message);
        QVERIFY(guarded.warnings.isEmpty());
    }

    void deeperNestingIsDefused_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("one-too-deep") << Limits::maxNestingDepth + 1;
        QTest::newRow("200-deep") << 200;
        QTest::newRow("10000-deep") << 10000;
    }

    void deeperNestingIsDefused()
    {
        QFETCH(int, depth);
        const GuardedMessage guarded = guardStructure(nestedMultiparts(depth));
        QCOMPARE(guarded.warnings.size(), 1);
        QVERIFY(guarded.warnings.first().contains(QString::number(Limits::maxNestingDepth)));
        // The container at the limit is made opaque; everything inside it is its content.
        const QByteArray renamed = "X-Letterbox-Nested-Content-Type: multipart/mixed; boundary=\"b"
            + QByteArray::number(Limits::maxNestingDepth) + "\"";
        QCOMPARE(guarded.data.count("X-Letterbox-Nested-Content-Type"), qsizetype(1));
        QVERIFY(guarded.data.contains(renamed));
        QCOMPARE(guarded.data.count("Content-Type: application/octet-stream"), qsizetype(1));
    }

    void nestedMessagesAreCounted()
    {
        QByteArray message = "From: a@example.org\r\n";
        for (int i = 0; i < 500; ++i) {
            message += "Content-Type: message/rfc822\r\n\r\nSubject: level " + QByteArray::number(i) + "\r\n";
        }
        message += "\r\ninnermost\r\n";
        const GuardedMessage guarded = guardStructure(message);
        QCOMPARE(guarded.data.count("X-Letterbox-Nested-Content-Type: message/rfc822"), qsizetype(1));
        // The top-level entity is level 0, so the message opened at level 63 is the
        // last one: its header block is "level 63" and it holds the renamed field.
        QVERIFY(guarded.data.contains("Subject: level 63\r\nX-Letterbox-Nested-Content-Type"));
        QCOMPARE(guarded.warnings.size(), 1);
    }

    void digestChildrenDefaultToMessages()
    {
        // Digest parts without Content-Type are messages: nest digests in them.
        QByteArray message = "Subject: digests\r\n";
        for (int i = 0; i < 100; ++i) {
            message += "Content-Type: multipart/digest; boundary=d" + QByteArray::number(i) + "\r\n\r\n--d"
                + QByteArray::number(i) + "\r\n\r\n";
        }
        message += "\r\ninnermost\r\n";
        const GuardedMessage guarded = guardStructure(message);
        QCOMPARE(guarded.warnings.size(), 1);
        QVERIFY(guarded.data.contains("Content-Type: application/octet-stream"));
    }

    void partLimitCutsAndClosesTheMessage()
    {
        QByteArray message = "Subject: many\r\nContent-Type: multipart/mixed; boundary=p\r\n\r\n";
        for (int i = 0; i < Limits::maxParts + 500; ++i) {
            message += "--p\r\nContent-Type: text/plain\r\n\r\npart " + QByteArray::number(i) + "\r\n";
        }
        message += "--p--\r\n";
        const GuardedMessage guarded = guardStructure(message);
        QVERIFY(guarded.warnings.first().contains(QString::number(Limits::maxParts)));
        QVERIFY(guarded.data.endsWith("--p--\r\n"));
        QCOMPARE(guarded.data.count("--p\r\n"), qsizetype(Limits::maxParts - 1));
    }

    void longHeaderFieldIsShortened()
    {
        const QByteArray message = "Subject: " + QByteArray(1024 * 1024, 'x') + "\r\nTo: b@example.org\r\n\r\nbody\r\n";
        const GuardedMessage guarded = guardStructure(message);
        QCOMPARE(guarded.topLevelHeaders.size(), 2);
        QVERIFY(guarded.topLevelHeaders.at(0).value.size() < Limits::maxHeaderFieldBytes);
        QVERIFY(guarded.data.endsWith("\r\nTo: b@example.org\r\n\r\nbody\r\n"));
        QCOMPARE(guarded.warnings.size(), 1);
    }

    void longReferencesKeepTheNewest()
    {
        QByteArray references = "References:";
        for (int i = 0; i < 5000; ++i) {
            references += " <message" + QByteArray::number(i) + "@example.org>";
        }
        const GuardedMessage guarded = guardStructure(references + "\r\n\r\nbody");
        const QByteArray kept = guarded.topLevelHeaders.at(0).value;
        QVERIFY(kept.size() < Limits::maxHeaderFieldBytes);
        QVERIFY(kept.endsWith("<message4999@example.org>"));
        QVERIFY(kept.startsWith(" <message"));
    }

    void headerBlockBudgetKeepsStructure()
    {
        QByteArray message;
        for (int i = 0; i < 20000; ++i) {
            message += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(30, 'f') + "\r\n";
        }
        message += "Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\n\r\ntext\r\n--q--\r\n";
        const GuardedMessage guarded = guardStructure(message);
        QVERIFY(guarded.data.size() < message.size());
        QVERIFY(guarded.data.contains("Content-Type: multipart/mixed; boundary=q"));
        QVERIFY(!guarded.warnings.isEmpty());
    }

    void nulBytesInHeadersBecomeVisible()
    {
        const QByteArray message = QByteArray("Subject: a") + '\0' + "b\r\n\r\nbody " + '\0' + " kept\r\n";
        const GuardedMessage guarded = guardStructure(message);
        QCOMPARE(guarded.topLevelHeaders.at(0).value,
            QByteArray(" a\xEF\xBF\xBD"
                       "b"));
        QVERIFY(guarded.data.contains(QByteArray("body \0 kept", 11)));
    }

    void emptyMessagePartIsABoundary()
    {
        // GMime reads a boundary right after a message/rfc822 part's header as an empty
        // message; the guard must follow, or the rest of its structure drifts.
        // Followed by deep nesting: the level at which the guard cuts shows whether it
        // counted the empty message's boundary as one.
        const QByteArray message = "Content-Type: multipart/mixed; boundary=m\r\n\r\n--m\r\n"
                                   "Content-Type: message/rfc822\r\n\r\n--m\r\n"
            + nestedFragment(100) + "--m--\r\n";
        const GuardedMessage guarded = guardStructure(message);
        // The second part is at level 1, so the nested container at level 64 is b63.
        const QByteArray renamed = "X-Letterbox-Nested-Content-Type: multipart/mixed; boundary=\"b"
            + QByteArray::number(Limits::maxNestingDepth - 1) + "\"";
        QVERIFY(guarded.data.contains(renamed));
    }

    void addressField_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("guarded");
        QTest::addColumn<bool>("changed");
        QTest::newRow("ordinary") << QByteArray("a@x, \"B: c\" <b@x>") << QByteArray("a@x, \"B: c\" <b@x>") << false;
        QTest::newRow("one-group") << QByteArray("Team: a@x, b@x;") << QByteArray("Team: a@x, b@x;") << false;
        QTest::newRow("nested-groups") << QByteArray("g:h:i: a@x;") << QByteArray("g:h i  a@x;") << true;
        QTest::newRow("route-colon-in-angle") << QByteArray("<@r:a@x>") << QByteArray("<@r:a@x>") << false;
        QTest::newRow("colon-in-comment") << QByteArray("a@x (note: g:h:)") << QByteArray("a@x (note: g:h:)") << false;
    }

    void addressField()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, guarded);
        QFETCH(bool, changed);
        bool wasChanged = false;
        QCOMPARE(guardAddressField(value, &wasChanged), guarded);
        QCOMPARE(wasChanged, changed);
    }

    void addressFieldIsCapped()
    {
        bool changed = false;
        const QByteArray guarded = guardAddressField(QByteArray("a@x, ").repeated(5000), &changed);
        QVERIFY(changed);
        QCOMPARE(guarded.count(','), qsizetype(Limits::maxAddressesPerField - 1));
    }

    void encodedWords_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("changed");
        QTest::newRow("valid-words") << QByteArray("=?utf-8?q?a?= ").repeated(100) << false;
        QTest::newRow("few-broken") << QByteArray("=?x?q?a ").repeated(Limits::maxBrokenEncodedWords) << false;
        QTest::newRow("many-broken") << QByteArray("=?x?q?a ").repeated(1000) << true;
        QTest::newRow("terminator-far-away") << QByteArray("=?x?q?a ").repeated(1000) + "?=" << true;
    }

    void encodedWords()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, changed);
        bool wasChanged = false;
        const QByteArray guarded = guardEncodedWords(value, &wasChanged);
        QCOMPARE(wasChanged, changed);
        if (changed) {
            // Only the starts within reach of a terminator stay (8-byte units here).
            QVERIFY(guarded.count("=?") <= Limits::maxEncodedWordBytes / 8 + 1);
        } else {
            QCOMPARE(guarded, value);
        }
    }

    void addressFieldNames()
    {
        QVERIFY(isAddressField("From"));
        QVERIFY(isAddressField("RESENT-TO"));
        QVERIFY(!isAddressField("Subject"));
        QVERIFY(!isAddressField("Fromage"));
    }

    void hugeInputIsLinear()
    {
        // 100,000 near-boundary lines inside 10,000 levels, then a 4 MB header line.
        QByteArray message = nestedMultiparts(10000, QByteArray("--b1x\r\n").repeated(100000));
        message += "\r\n--b0\r\nX-Long: " + QByteArray(4 * 1024 * 1024, 'y') + "\r\n\r\n";
        QElapsedTimer timer;
        timer.start();
        guardStructure(message);
        // A hang guard, not a benchmark.
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestStructureGuard)
#include "tst_structureguard.moc"
