#include "mime/threadingkeys.h"

#include <QTest>

using namespace Letterbox::Mime;

class TestThreadingKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("no-prefix") << QStringLiteral("Lunch") << QStringLiteral("Lunch");
        QTest::newRow("re") << QStringLiteral("Re: Lunch") << QStringLiteral("Lunch");
        QTest::newRow("upper-re") << QStringLiteral("RE: Lunch") << QStringLiteral("Lunch");
        QTest::newRow("repeated-mixed") << QStringLiteral("Re: Fwd: RE: Fw: Lunch") << QStringLiteral("Lunch");
        QTest::newRow("german") << QStringLiteral("AW: WG: Mittag") << QStringLiteral("Mittag");
        QTest::newRow("french-transfer") << QStringLiteral("TR: Déjeuner") << QStringLiteral("Déjeuner");
        QTest::newRow("scandinavian") << QStringLiteral("SV: VS: Lunsj") << QStringLiteral("Lunsj");
        QTest::newRow("counted") << QStringLiteral("Re[2]: Lunch") << QStringLiteral("Lunch");
        QTest::newRow("counted-parens") << QStringLiteral("Re(3): Lunch") << QStringLiteral("Lunch");
        QTest::newRow("space-before-colon") << QStringLiteral("Re : Lunch") << QStringLiteral("Lunch");
        QTest::newRow("fullwidth-colon") << QStringLiteral("Re：Lunch") << QStringLiteral("Lunch");
        QTest::newRow("whitespace") << QStringLiteral("  Re:   Lunch \t on  Friday ")
                                    << QStringLiteral("Lunch on Friday");
        QTest::newRow("list-tag-first") << QStringLiteral("[dev] Re: Build broken")
                                        << QStringLiteral("[dev] Build broken");
        QTest::newRow("list-tag-after-prefix")
            << QStringLiteral("Re: [dev] Build broken") << QStringLiteral("[dev] Build broken");
        QTest::newRow("word-starting-like-prefix") << QStringLiteral("Report: done") << QStringLiteral("Report: done");
        QTest::newRow("prefix-without-colon") << QStringLiteral("Re Lunch") << QStringLiteral("Re Lunch");
        QTest::newRow("only-prefixes") << QStringLiteral("Re: Re:") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void subject()
    {
        QFETCH(QString, subject);
        QFETCH(QString, normalised);
        QCOMPARE(threadingSubject(subject), normalised);
    }

    void messageIds_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("one") << QByteArray(" <a@example.org>") << QStringList {QStringLiteral("a@example.org")};
        QTest::newRow("references-folded") << QByteArray(" <a@example.org>\r\n <b@example.org> <c@exa\r\n mple.org>")
                                           << QStringList {QStringLiteral("a@example.org"),
                                                  QStringLiteral("b@example.org"), QStringLiteral("c@example.org")};
        QTest::newRow("old-in-reply-to-phrase")
            << QByteArray("<a@example.org> (Alice's message of Tue)") << QStringList {QStringLiteral("a@example.org")};
        QTest::newRow("double-open-bracket")
            << QByteArray("<<a@example.org>") << QStringList {QStringLiteral("a@example.org")};
        QTest::newRow("no-brackets") << QByteArray("a@example.org junk")
                                     << QStringList {QStringLiteral("a@example.org")};
        QTest::newRow("empty-brackets") << QByteArray("<> <b@x>") << QStringList {QStringLiteral("b@x")};
        QTest::newRow("unclosed") << QByteArray("<a@example.org") << QStringList {QStringLiteral("a@example.org")};
        QTest::newRow("empty") << QByteArray() << QStringList();
    }

    void messageIds()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, ids);
        QCOMPARE(extractMessageIds(raw), ids);
    }

    void maximumKeepsTheNewest()
    {
        QByteArray raw;
        for (int i = 0; i < 150; ++i) {
            raw += "<id" + QByteArray::number(i) + "@x> ";
        }
        const QStringList ids = extractMessageIds(raw, 100);
        QCOMPARE(ids.size(), 100);
        QCOMPARE(ids.first(), QStringLiteral("id50@x"));
        QCOMPARE(ids.last(), QStringLiteral("id149@x"));
    }

    void firstId()
    {
        QCOMPARE(firstMessageId(" <one@x> <two@x>"), QStringLiteral("one@x"));
        QCOMPARE(firstMessageId(""), QString());
    }
};

QTEST_GUILESS_MAIN(TestThreadingKeys)
#include "tst_threadingkeys.moc"
