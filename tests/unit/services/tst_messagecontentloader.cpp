// MessageContentLoader over a temporary cache: what the message view receives for plain,
// HTML, multipart and cid: mail, a header-only row, and a superseded request.
#include "../store/storetesting.h"
#include "readingtesting.h"

#include "services/reading/messagecontentloader.h"
#include "store/bodycache.h"
#include "store/messagequery.h"

#include <QSignalSpy>
#include <QTest>

using namespace Letterbox;
using Services::MessageContent;
using Services::MessageContentLoader;

namespace {

using ReadingTesting::crlf;

const QByteArray plainMessage = crlf("From: Alice Example <alice@example.org>\n"
                                     "To: Bob <bob@example.org>\n"
                                     "Cc: carol@example.org\n"
                                     "Subject: Lunch\n"
                                     "Date: Tue, 14 Nov 2023 10:00:00 +0100\n"
                                     "Message-ID: <plain@example.org>\n"
                                     "Content-Type: text/plain; charset=utf-8\n"
                                     "\n"
                                     "Shall we meet at https://example.org/cafe ?\n"
                                     "> You wrote:\n"
                                     "> noon?\n");

const QByteArray htmlMessage = crlf("From: News <news@shop.example>\n"
                                    "To: bob@example.org\n"
                                    "Subject: Offers\n"
                                    "Date: Tue, 14 Nov 2023 10:00:00 +0000\n"
                                    "Content-Type: text/html; charset=utf-8\n"
                                    "\n"
                                    "<html><body><p onclick=\"evil()\">Big <b>sale</b></p>"
                                    "<script>alert(1)</script>"
                                    "<img src=\"https://tracker.example/pixel.gif\">"
                                    "<a href=\"https://evil.example/login\">www.paypal.com</a>"
                                    "</body></html>\n");

const QByteArray multipartMessage = crlf("From: Alice <alice@example.org>\n"
                                         "To: bob@example.org\n"
                                         "Subject: Report\n"
                                         "MIME-Version: 1.0\n"
                                         "Content-Type: multipart/mixed; boundary=\"b1\"\n"
                                         "\n"
                                         "--b1\n"
                                         "Content-Type: text/plain\n"
                                         "\n"
                                         "See the attached file.\n"
                                         "--b1\n"
                                         "Content-Type: application/pdf; name=\"../../etc/report\x01.pdf\"\n"
                                         "Content-Disposition: attachment; filename=\"../../etc/report\x01.pdf\"\n"
                                         "Content-Transfer-Encoding: base64\n"
                                         "\n"
                                         "JVBERi0xLjQKc2VjcmV0Cg==\n"
                                         "--b1--\n");

// A 1x1 PNG.
const char pngBase64[]
    = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

} // namespace

class TestMessageContentLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<StoreTesting::Cache>();
        m_uid = 1;
    }
    void cleanup() { m_cache.reset(); }

    void plainTextHeadersAndQuotes()
    {
        const qint64 id = add(plainMessage);
        const MessageContent content = loadContent(id);
        QCOMPARE(content.messageId, id);
        QCOMPARE(content.from, QStringLiteral("Alice Example <alice@example.org>"));
        QCOMPARE(content.senderAddress, QStringLiteral("alice@example.org"));
        QVERIFY(content.fromWarnings.isEmpty());
        QCOMPARE(content.to, QStringLiteral("Bob <bob@example.org>"));
        QCOMPARE(content.cc, QStringLiteral("carol@example.org"));
        QCOMPARE(content.subject, QStringLiteral("Lunch"));
        QCOMPARE(content.date.toUTC(), QDateTime(QDate(2023, 11, 14), QTime(9, 0), Qt::UTC));
        QVERIFY(content.headerBlock.contains(QLatin1String("Message-ID: ")));
        QVERIFY(content.source.startsWith(QLatin1String("From: Alice Example")));
        QVERIFY(!content.source.contains(QLatin1Char('\r')));
        QVERIFY(!content.hasHtml);
        QVERIFY(content.plainHtml.contains(QLatin1String("href=\"https://example.org/cafe\"")));
        QVERIFY(content.plainText);
        QCOMPARE(content.plainText->foldGroups().size(), 1);
        QVERIFY(content.attachments.isEmpty());
    }

    void htmlIsSanitisedAndRemoteBlocked()
    {
        const qint64 id = add(htmlMessage);
        const MessageContent content = loadContent(id);
        QVERIFY(content.hasHtml);
        QVERIFY(!content.htmlRejected);
        QVERIFY(content.html.contains(QLatin1String("sale")));
        QVERIFY(!content.html.contains(QLatin1String("script")));
        QVERIFY(!content.html.contains(QLatin1String("onclick")));
        QVERIFY(!content.html.contains(QLatin1String("tracker.example")));
        QCOMPARE(content.blockedUrls, QStringList {QStringLiteral("https://tracker.example/pixel.gif")});
        QVERIFY(!content.remoteAllowed);
        QCOMPARE(content.linkMismatches.size(), 1);
        QCOMPARE(content.linkMismatches.first().target.host(), QStringLiteral("evil.example"));
        // The text alternative made from the HTML, for "View as plain text".
        QVERIFY(content.plainHtml.contains(QLatin1String("sale")));
    }

    void remoteImagesWhenAllowed()
    {
        const qint64 id = add(htmlMessage);
        const MessageContent allowed = loadContent(id, true);
        QVERIFY(allowed.remoteAllowed);
        QVERIFY(!allowed.remoteAllowedForSender);
        QCOMPARE(allowed.remoteImages, QStringList {QStringLiteral("https://tracker.example/pixel.gif")});
        QVERIFY(allowed.html.contains(QLatin1String("https://tracker.example/pixel.gif")));

        m_loader.setTrustedSenders({QStringLiteral("NEWS@shop.example")});
        const MessageContent trusted = loadContent(id);
        QVERIFY(trusted.remoteAllowed);
        QVERIFY(trusted.remoteAllowedForSender);
    }

    void spoofedSenderIsNotTrusted()
    {
        const qint64 id = add(crlf("From: \"support@bank.example\" <attacker@evil.example>\n"
                                   "Subject: Verify\n"
                                   "Content-Type: text/html\n"
                                   "\n"
                                   "<img src=\"https://evil.example/x.png\">\n"));
        m_loader.setTrustedSenders({QStringLiteral("attacker@evil.example")});
        const MessageContent content = loadContent(id);
        QVERIFY(!content.fromWarnings.isEmpty());
        QVERIFY(!content.remoteAllowed);
        QCOMPARE(content.blockedUrls.size(), 1);
    }

    void multipartListsSanitisedAttachment()
    {
        const qint64 id = add(multipartMessage);
        const MessageContent content = loadContent(id);
        QVERIFY(content.plainHtml.contains(QLatin1String("See the attached file.")));
        QCOMPARE(content.attachments.size(), 1);
        const Services::AttachmentEntry attachment = content.attachments.first();
        QCOMPARE(attachment.fileName, QStringLiteral("report.pdf"));
        QCOMPARE(attachment.mimeType, QStringLiteral("application/pdf"));
        QVERIFY(attachment.size > 0);

        QSignalSpy parts(&m_loader, &MessageContentLoader::partsLoaded);
        const quint64 request = m_loader.loadParts(m_cache->db(), id, {attachment.partPath});
        QVERIFY(parts.wait(5000));
        QCOMPARE(parts.first().at(0).toULongLong(), request);
        const auto contents = parts.first().at(3).value<QList<QByteArray>>();
        QCOMPARE(contents, QList<QByteArray> {QByteArray("%PDF-1.4\nsecret\n")});
    }

    void cidPartsAreServed()
    {
        const qint64 id = add(ReadingTesting::messageWithLogo(QByteArray::fromBase64(pngBase64)));
        const MessageContent content = loadContent(id);
        QVERIFY(content.html.contains(QLatin1String("cid:logo@example.org")));
        QVERIFY(content.inlineParts.contains(QStringLiteral("logo@example.org")));
        const Services::InlinePart part = content.inlineParts.value(QStringLiteral("logo@example.org"));
        QCOMPARE(part.mimeType, QStringLiteral("image/png"));
        QCOMPARE(part.bytes, QByteArray::fromBase64(pngBase64));
        QVERIFY(content.attachments.isEmpty());
    }

    void headerOnlyRowAsksForTheBody()
    {
        Store::NewMessage row = StoreTesting::message(m_uid++, QStringLiteral("Not yet"));
        const qint64 id = Store::MessageStore(m_cache->db()).insert(m_cache->inbox, {row}).value().first();
        QSignalSpy missing(&m_loader, &MessageContentLoader::bodyMissing);
        QSignalSpy loaded(&m_loader, &MessageContentLoader::loaded);
        const quint64 request = m_loader.load(m_cache->db(), id, false);
        // Never from inside load(): the caller learns the request number first.
        QCOMPARE(missing.count(), 0);
        QVERIFY(missing.wait(5000));
        QCOMPARE(missing.first().at(0).toULongLong(), request);
        QCOMPARE(missing.first().at(1).toLongLong(), id);
        QCOMPARE(loaded.count(), 0);
    }

    void unknownRowFails()
    {
        QSignalSpy failed(&m_loader, &MessageContentLoader::failed);
        m_loader.load(m_cache->db(), 4242, false);
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }

    void supersededRequestIsDropped()
    {
        const qint64 first = add(multipartMessage);
        const qint64 second = add(plainMessage);
        QSignalSpy loaded(&m_loader, &MessageContentLoader::loaded);
        QSignalSpy missing(&m_loader, &MessageContentLoader::bodyMissing);
        m_loader.load(m_cache->db(), first, false);
        Store::NewMessage row = StoreTesting::message(m_uid++, QStringLiteral("Header only"));
        const qint64 headerOnly = Store::MessageStore(m_cache->db()).insert(m_cache->inbox, {row}).value().first();
        m_loader.load(m_cache->db(), headerOnly, false);
        const quint64 last = m_loader.load(m_cache->db(), second, false);
        QVERIFY(loaded.wait(5000));
        QTest::qWait(200); // anything stale would have arrived by now
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().at(0).toULongLong(), last);
        QCOMPARE(loaded.first().at(1).value<MessageContent>().messageId, second);
        QCOMPARE(missing.count(), 0);

        m_loader.load(m_cache->db(), first, false);
        m_loader.cancel();
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 1);
    }

    void readingKeepsTheBodyFromEviction()
    {
        const qint64 older = add(plainMessage);
        const qint64 newer = add(htmlMessage);
        Store::BodyCache cache(m_cache->db());
        const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(cache.markAccessed({older}, yesterday.addSecs(-60)).ok());
        QVERIFY(cache.markAccessed({newer}, yesterday).ok());
        QCOMPARE(loadContent(older).messageId, older);

        // Room for one body: the one not read since yesterday goes, the one just read stays.
        const qint64 kept = recordOf(older).blobSize;
        QVERIFY(cache.evictBodies(kept).ok());
        QVERIFY(!recordOf(older).blobKey.isEmpty());
        QVERIFY(recordOf(newer).blobKey.isEmpty());
    }

private:
    Store::MessageRecord recordOf(qint64 id)
    {
        return Store::MessageQuery(m_cache->db()).record(id).value().value_or(Store::MessageRecord {});
    }

    qint64 add(const QByteArray &raw)
    {
        Store::NewMessage row = StoreTesting::withBlob(
            StoreTesting::message(m_uid, QStringLiteral("Message %1").arg(m_uid)), m_cache->db().blobs(), raw);
        ++m_uid;
        return Store::MessageStore(m_cache->db()).insert(m_cache->inbox, {row}).value().first();
    }

    MessageContent loadContent(qint64 id, bool allowRemote = false)
    {
        QSignalSpy loaded(&m_loader, &MessageContentLoader::loaded);
        const quint64 request = m_loader.load(m_cache->db(), id, allowRemote);
        if (!loaded.wait(5000)) {
            qWarning("no content for message %lld", id);
            return {};
        }
        if (loaded.first().at(0).toULongLong() != request) {
            qWarning("content for another request");
            return {};
        }
        return loaded.first().at(1).value<MessageContent>();
    }

    std::unique_ptr<StoreTesting::Cache> m_cache;
    MessageContentLoader m_loader;
    quint32 m_uid = 1;
};

QTEST_GUILESS_MAIN(TestMessageContentLoader)
#include "tst_messagecontentloader.moc"
