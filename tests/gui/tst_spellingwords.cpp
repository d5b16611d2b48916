// SpellingWords: which words of a line are spell checked, and which are left alone
// (quotes, web and e-mail addresses, words with digits).
#include "gui/spelling/spellingwords.h"

#include <QTest>

using Letterbox::Gui::SpellingWords;

class TestSpellingWords : public QObject
{
    Q_OBJECT

private:
    static QStringList words(const QString &line)
    {
        QStringList result;
        for (const SpellingWords::Span &span : SpellingWords::find(line)) {
            result.append(line.mid(span.start, span.length));
        }
        return result;
    }

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prose") << QStringLiteral("Hello, wrold! See you.")
                               << QStringList {QStringLiteral("Hello"), QStringLiteral("wrold"), QStringLiteral("See"),
                                      QStringLiteral("you")};
        QTest::newRow("apostrophe-is-one-word")
            << QStringLiteral("don't stop") << QStringList {QStringLiteral("don't"), QStringLiteral("stop")};
        QTest::newRow("umlauts") << QStringLiteral("Grüße aus München")
                                 << QStringList {QStringLiteral("Grüße"), QStringLiteral("aus"), QStringLiteral("München")};
        QTest::newRow("quoted-line") << QStringLiteral("> Thsi was wrtten by someone else") << QStringList();
        QTest::newRow("indented-quote") << QStringLiteral("   >> nested qoute") << QStringList();
        QTest::newRow("greater-than-inside-is-not-a-quote")
            << QStringLiteral("a > b") << QStringList {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("url") << QStringLiteral("see https://exmaple.org/pahts?q=wrod now")
                             << QStringList {QStringLiteral("see"), QStringLiteral("now")};
        QTest::newRow("www") << QStringLiteral("at www.exmaple.org.") << QStringList {QStringLiteral("at")};
        QTest::newRow("email") << QStringLiteral("mail jdoe@exmaple.org today")
                               << QStringList {QStringLiteral("mail"), QStringLiteral("today")};
        QTest::newRow("digits") << QStringLiteral("the 2nd MP3 of 2024 plays")
                                << QStringList {QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("plays")};
        QTest::newRow("empty") << QString() << QStringList();
    }

    void find()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        QCOMPARE(words(line), expected);
    }

    void boundedWork()
    {
        QString huge;
        for (int i = 0; i < 50000; ++i) {
            huge += QStringLiteral("word ");
        }
        const QList<SpellingWords::Span> found = SpellingWords::find(huge);
        QVERIFY(found.size() <= SpellingWords::maxWords);
        QVERIFY(found.last().end() <= SpellingWords::maxLength);
    }

    void wordAtPosition()
    {
        const QString line = QStringLiteral("Hello wrold, bye");
        QCOMPARE(SpellingWords::at(line, 8), (SpellingWords::Span {6, 5}));
        QCOMPARE(SpellingWords::at(line, 11), (SpellingWords::Span {6, 5})); // just after the word
        QCOMPARE(SpellingWords::at(line, 12).length, 0); // the space after the comma
    }
};

QTEST_GUILESS_MAIN(TestSpellingWords)
#include "tst_spellingwords.moc"
