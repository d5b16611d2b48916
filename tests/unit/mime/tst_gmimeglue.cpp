#include "mime/gmimeglue_p.h"
#include "mime/headerdecoding.h"
#include "mime/messagebuilder.h"
#include "mime/messageparser.h"

#include <QTest>

#include <atomic>
#include <latch>
#include <thread>
#include <vector>

using namespace Letterbox::Mime;

class TestGMimeGlue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Must run first: nothing in this process has touched GMime yet, so the threads
    // race for the one-time initialisation (std::call_once), as the store's worker
    // threads will.
    void concurrentFirstUseIsSafe()
    {
        const QByteArray raw = "From: =?utf-8?q?J=C3=BCrgen?= <j@example.de>\r\nSubject: =?utf-8?b?R3LDvMOfZQ==?=\r\n"
                               "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
                               "Content-Type: text/plain; charset=iso-8859-1\r\n\r\nGr\xFC\xDF"
                               "e\r\n--b--\r\n";
        constexpr int threadCount = 8;
        std::latch start(threadCount);
        std::atomic<int> wrong {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < threadCount; ++t) {
            threads.emplace_back([&] {
                start.arrive_and_wait();
                for (int i = 0; i < 25; ++i) {
                    const ParsedMessage message = MessageParser::parse(raw);
                    MessageBuilder builder;
                    builder.setFrom(message.from.value(0));
                    builder.setSubject(message.subject);
                    builder.setPlainText(message.displayText);
                    const ParsedMessage again = MessageParser::parse(builder.build().data);
                    if (message.subject != QStringLiteral("Grüße") || message.displayText != QStringLiteral("Grüße")
                        || again.subject != message.subject || again.displayText != message.displayText
                        || decodeHeaderText("=?iso-8859-1?q?caf=E9?=") != QStringLiteral("café")) {
                        ++wrong;
                    }
                }
            });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        QCOMPARE(wrong.load(), 0);
    }

    void initialisationIsIdempotent()
    {
        Internal::ensureGMimeInitialised();
        Internal::ensureGMimeInitialised();
        QVERIFY(Internal::sharedParserOptions() == Internal::sharedParserOptions());
    }

    void parseMessageNeverReturnsNull_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not-a-header") << QByteArray("no colon here\r\n\r\nbody");
        QTest::newRow("binary") << QByteArray("\0\xff\xfe\r\n\r\n", 7);
    }

    void parseMessageNeverReturnsNull()
    {
        QFETCH(QByteArray, data);
        const Internal::ParserOptionsPtr options = Internal::newParserOptions();
        QVERIFY(Internal::parseMessage(data, options.get()) != nullptr);
    }

    void decodedContentUndoesTheTransferEncoding()
    {
        const Internal::ParserOptionsPtr options = Internal::newParserOptions();
        const Internal::GObjectPtr<GMimeMessage> message = Internal::parseMessage(
            "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nAAH/\r\n",
            options.get());
        GMimePart *part = GMIME_PART(g_mime_message_get_mime_part(message.get()));
        QCOMPARE(Internal::decodedContent(part), QByteArray("\0\1\xff", 3));
        QCOMPARE(Internal::encodedContentSize(part), qint64(6));
    }

    void wireFormatUsesCrlf()
    {
        const Internal::FormatOptionsPtr format = Internal::newWireFormatOptions();
        const Internal::ParserOptionsPtr options = Internal::newParserOptions();
        const Internal::GObjectPtr<GMimeMessage> message
            = Internal::parseMessage("Subject: x\nTo: a@example.org\n\nline one\nline two\n", options.get());
        const QByteArray bytes = Internal::objectToBytes(GMIME_OBJECT(message.get()), format.get());
        QVERIFY(bytes.contains("Subject: x\r\n"));
        QVERIFY(bytes.contains("line one\r\nline two\r\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        QVERIFY(Internal::objectContentToBytes(GMIME_OBJECT(message.get()), format.get()).startsWith("line one\r\n"));
    }

    void fromUtf8AcceptsNull()
    {
        QCOMPARE(Internal::fromUtf8(nullptr), QString());
        QCOMPARE(Internal::fromUtf8("\xC3\xA9"), QStringLiteral("é"));
    }
};

QTEST_GUILESS_MAIN(TestGMimeGlue)
#include "tst_gmimeglue.moc"
