#include "mime/charsetdecoder.h"

#include <QTest>

using Letterbox::Mime::CharsetDecoder;

class TestCharsetDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("used");
        QTest::addColumn<bool>("fallback");

        const QByteArray utf8 = QStringLiteral("Grüße 日本").toUtf8();
        const QByteArray latin1 = QStringLiteral("Grüße").toLatin1();
        QTest::newRow("ascii-unlabelled")
            << QByteArray("plain") << QByteArray() << QStringLiteral("plain") << QByteArray("us-ascii") << false;
        QTest::newRow("utf8-labelled") << utf8 << QByteArray("UTF-8") << QStringLiteral("Grüße 日本")
                                       << QByteArray("utf-8") << false;
        QTest::newRow("utf8-quoted-label")
            << utf8 << QByteArray("\"utf-8\"") << QStringLiteral("Grüße 日本") << QByteArray("utf-8") << false;
        QTest::newRow("utf8-unlabelled") << utf8 << QByteArray() << QStringLiteral("Grüße 日本") << QByteArray("utf-8")
                                         << false;
        QTest::newRow("latin1-unlabelled")
            << latin1 << QByteArray() << QStringLiteral("Grüße") << QByteArray("windows-1252") << true;
        QTest::newRow("latin1-labelled-utf8")
            << latin1 << QByteArray("utf-8") << QStringLiteral("Grüße") << QByteArray("windows-1252") << true;
        QTest::newRow("utf8-labelled-us-ascii")
            << utf8 << QByteArray("us-ascii") << QStringLiteral("Grüße 日本") << QByteArray("utf-8") << true;
        QTest::newRow("iso-8859-1-is-read-as-windows-1252")
            << QByteArray("\x93quoted\x94 \x80") << QByteArray("iso-8859-1") << QStringLiteral("“quoted” €")
            << QByteArray("windows-1252") << false;
        QTest::newRow("iso-8859-15-via-iconv") << QByteArray("\xA4") << QByteArray("ISO-8859-15") << QStringLiteral("€")
                                               << QByteArray("iso-8859-15") << false;
        QTest::newRow("ascii-under-any-label") << QByteArray("hello") << QByteArray("iso-8859-15")
                                               << QStringLiteral("hello") << QByteArray("us-ascii") << false;
        QTest::newRow("koi8-r") << QByteArray("\xF0\xD2\xC9\xD7\xC5\xD4") << QByteArray("koi8-r")
                                << QStringLiteral("Привет") << QByteArray("koi8-r") << false;
        QTest::newRow("iso-2022-jp-stateful") << QByteArray("\x1B$B$3$s$K$A$O\x1B(B") << QByteArray("iso-2022-jp")
                                              << QStringLiteral("こんにちは") << QByteArray("iso-2022-jp") << false;
        QTest::newRow("shift-jis") << QByteArray("\x93\xFA\x96\x7B") << QByteArray("shift_jis")
                                   << QStringLiteral("日本") << QByteArray("shift_jis") << false;
        QTest::newRow("utf-16le-with-bom") << QByteArray("\xFF\xFE"
                                                         "A\0"
                                                         "\xE4\0",
            6) << QByteArray("utf-16") << QStringLiteral("Aä")
                                           << QByteArray("utf-16") << false;
        QTest::newRow("unknown-label-utf8-bytes")
            << utf8 << QByteArray("x-klingon-8") << QStringLiteral("Grüße 日本") << QByteArray("utf-8") << true;
        QTest::newRow("garbage-label") << latin1 << QByteArray("=?utf-8?") << QStringLiteral("Grüße")
                                       << QByteArray("windows-1252") << true;
        QTest::newRow("ascii-under-unknown-label") << QByteArray("hello") << QByteArray("x-unknown-thing")
                                                   << QStringLiteral("hello") << QByteArray("us-ascii") << false;
        QTest::newRow("invalid-in-declared-charset") << QByteArray("ok \xA4") << QByteArray("euc-jp")
                                                     << QStringLiteral("ok \uFFFD") << QByteArray("euc-jp") << true;
        QTest::newRow("utf8-with-one-damaged-byte")
            << QByteArray(QStringLiteral("äöüäöüäöüäöüäöüäöüäöüäöü").toUtf8() + "\xFF") << QByteArray("utf-8")
            << QStringLiteral("äöüäöüäöüäöüäöüäöüäöüäöü\uFFFD") << QByteArray("utf-8") << false;
        QTest::newRow("empty") << QByteArray() << QByteArray("utf-8") << QString() << QByteArray("utf-8") << false;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, label);
        QFETCH(QString, text);
        QFETCH(QByteArray, used);
        QFETCH(bool, fallback);
        const CharsetDecoder::Result result = CharsetDecoder::decode(bytes, label);
        QCOMPARE(result.text, text);
        QCOMPARE(result.charset, used);
        QCOMPARE(result.usedFallback, fallback);
    }

    void windows1252UndefinedBytesStayVisible()
    {
        // 0x81 is undefined in windows-1252: it must not vanish silently.
        const CharsetDecoder::Result result = CharsetDecoder::decode(QByteArray("a\x81z"), QByteArray("windows-1252"));
        QCOMPARE(result.text.size(), 3);
        QCOMPARE(result.text.at(1).unicode(), char16_t(0x81));
    }

    void largeInvalidInputIsLinear()
    {
        // 4 MB of bytes that are invalid in the declared charset: iconv gives up early
        // and the fallback reads every byte.
        const QByteArray bytes(4 * 1024 * 1024, '\xFF');
        const CharsetDecoder::Result result = CharsetDecoder::decode(bytes, QByteArray("euc-jp"));
        QCOMPARE(result.text.size(), bytes.size());
        QCOMPARE(result.charset, QByteArray("windows-1252"));
        QVERIFY(result.usedFallback);
    }

    void sniffHtmlCharset_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("html5-meta") << QByteArray("<html><head><meta charset=\"UTF-8\">") << QByteArray("utf-8");
        QTest::newRow("http-equiv") << QByteArray(
            "<META http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">")
                                    << QByteArray("iso-8859-2");
        QTest::newRow("single-quotes") << QByteArray("<meta charset='koi8-r'/>") << QByteArray("koi8-r");
        QTest::newRow("no-meta") << QByteArray("<p>charset=utf-8 in text</p>") << QByteArray();
        QTest::newRow("meta-without-charset") << QByteArray("<meta name=x><p>charset=x</p>") << QByteArray();
        QTest::newRow("beyond-4k") << QByteArray(QByteArray(5000, ' ') + "<meta charset=utf-8>") << QByteArray();
    }

    void sniffHtmlCharset()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, charset);
        QCOMPARE(CharsetDecoder::sniffHtmlCharset(html), charset);
    }
};

QTEST_GUILESS_MAIN(TestCharsetDecoder)
#include "tst_charsetdecoder.moc"
