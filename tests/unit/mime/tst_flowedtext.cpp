#include "mime/flowedtext.h"

#include <QTest>

using Letterbox::Mime::FlowedText;

class TestFlowedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<bool>("delSp");
        QTest::addColumn<QString>("text");
        QTest::newRow("soft-break-joins") << QStringLiteral("one \ntwo\n") << false << QStringLiteral("one two\n");
        QTest::newRow("hard-break-stays") << QStringLiteral("one\ntwo\n") << false << QStringLiteral("one\ntwo\n");
        QTest::newRow("crlf") << QStringLiteral("one \r\ntwo\r\n") << false << QStringLiteral("one two\n");
        QTest::newRow("delsp-removes-the-space")
            << QStringLiteral("mul \ntiple\n") << true << QStringLiteral("multiple\n");
        QTest::newRow("delsp-keeps-a-real-space")
            << QStringLiteral("two  \nwords\n") << true << QStringLiteral("two words\n");
        QTest::newRow("space-stuffing-removed")
            << QStringLiteral(" From here\n  indented\n") << false << QStringLiteral("From here\n indented\n");
        QTest::newRow("quoted-paragraph")
            << QStringLiteral("> quoted \n> text\n") << false << QStringLiteral("> quoted text\n");
        QTest::newRow("quote-without-space") << QStringLiteral(">a \n>b\n") << false << QStringLiteral("> a b\n");
        QTest::newRow("depth-change-ends-paragraph")
            << QStringLiteral("> one \n>> two\n") << false << QStringLiteral("> one \n>> two\n");
        QTest::newRow("signature-not-joined")
            << QStringLiteral("text\n-- \nSig\n") << false << QStringLiteral("text\n-- \nSig\n");
        QTest::newRow("empty-quoted-line") << QStringLiteral(">\n> a\n") << false << QStringLiteral(">\n> a\n");
        QTest::newRow("flowed-at-end") << QStringLiteral("dangling ") << false << QStringLiteral("dangling \n");
        QTest::newRow("empty") << QString() << false << QString();
    }

    void decode()
    {
        QFETCH(QString, wire);
        QFETCH(bool, delSp);
        QFETCH(QString, text);
        QCOMPARE(FlowedText::decode(wire, delSp), text);
    }

    void encode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("wire");
        QTest::newRow("short-line") << QStringLiteral("Hello\n") << QStringLiteral("Hello\n");
        QTest::newRow("wraps-at-width")
            << QStringLiteral("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp")
            << QStringLiteral("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn \noooo pppp\n");
        QTest::newRow("stuffs-from") << QStringLiteral("From me") << QStringLiteral(" From me\n");
        QTest::newRow("stuffs-leading-space") << QStringLiteral(" indented") << QStringLiteral("  indented\n");
        QTest::newRow("trailing-spaces-trimmed") << QStringLiteral("end   \nnext") << QStringLiteral("end\nnext\n");
        QTest::newRow("quote-kept") << QStringLiteral("> quoted") << QStringLiteral("> quoted\n");
        QTest::newRow("empty-quoted-line") << QStringLiteral(">") << QStringLiteral(">\n");
        QTest::newRow("signature") << QStringLiteral("-- \nSig") << QStringLiteral("-- \nSig\n");
        QTest::newRow("dot-line") << QStringLiteral(".") << QStringLiteral(".\n");
    }

    void encode()
    {
        QFETCH(QString, text);
        QFETCH(QString, wire);
        QCOMPARE(FlowedText::encode(text), wire);
    }

    void wrappedQuoteKeepsDepth()
    {
        const QString text = QStringLiteral(">> ") + QStringLiteral("word ").repeated(40).trimmed();
        const QString wire = FlowedText::encode(text);
        const QStringList lines = wire.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        for (const QString &line : lines) {
            QVERIFY2(line.startsWith(QLatin1String(">> ")), qPrintable(line));
            QVERIFY(line.size() <= 78);
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << QStringLiteral("First paragraph ").repeated(20).trimmed()
                + QStringLiteral("\n\nSecond one.\n");
        QTest::newRow("quotes-and-signature") << QStringLiteral("Reply\n> ")
                + QStringLiteral("quoted words ").repeated(15).trimmed() + QStringLiteral("\n>> deeper\n-- \nMe\n");
        QTest::newRow("leading-blanks-and-from")
            << QStringLiteral("  two spaces\nFrom the start\n>not a quote? it is\n");
        QTest::newRow("long-word") << QString(200, u'x') + QStringLiteral(" tail\n");
        QTest::newRow("multiple-spaces-between-words") << QStringLiteral("a  b   c ").repeated(30).trimmed() + u'\n';
        QTest::newRow("single-dot") << QStringLiteral("before\n.\nafter\n");
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        const QString wire = FlowedText::encode(text);
        for (const QString &line : wire.split(u'\n')) {
            QVERIFY2(line.size() <= 78 || !line.trimmed().contains(u' '), qPrintable(line));
        }
        QString expected = text;
        // ">not a quote" is a quote in format=flowed: it comes back as "> not a quote".
        expected.replace(QLatin1String("\n>not"), QLatin1String("\n> not"));
        QCOMPARE(FlowedText::decode(wire, false), expected);
    }
};

QTEST_GUILESS_MAIN(TestFlowedText)
#include "tst_flowedtext.moc"
