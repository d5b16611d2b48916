// MessageView under the offscreen platform, over a temporary cache: remote images are not
// requested until allowed (a local HTTP server counts the requests), then once per URL;
// cid: images show; plain text has coloured quotes, links and folds; rejected HTML falls
// back to plain text; attachments are written decoded; a header-only row asks for its body.
#include "../unit/services/readingtesting.h"
#include "../unit/store/storetesting.h"

#include "gui/messagebrowser.h"
#include "gui/messageview.h"
#include "gui/remotecontentbar.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace Letterbox;
using Gui::MessageBrowser;
using Gui::MessageView;

namespace {

using ReadingTesting::crlf;

QByteArray png(const QColor &colour)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Pixels of exactly @p colour in what the browser shows.
int pixelsOf(MessageBrowser *browser, const QColor &colour)
{
    const QImage shot = browser->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < shot.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(shot.constScanLine(y));
        for (int x = 0; x < shot.width(); ++x) {
            count += (line[x] & 0xffffff) == (colour.rgb() & 0xffffff) ? 1 : 0;
        }
    }
    return count;
}

/// A loopback HTTP server that answers every GET with one image and records the paths.
class ImageServer : public QObject
{
public:
    explicit ImageServer(QByteArray body)
        : m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    [[nodiscard]] QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path);
    }

    QStringList requests;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n")) {
            return;
        }
        requests.append(QString::fromLatin1(request.split(' ').value(1)));
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_body;
};

} // namespace

class TestMessageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<StoreTesting::Cache>();
        m_view = std::make_unique<MessageView>();
        m_view->resize(700, 600);
        m_view->setUrlOpener([this](const QUrl &url) {
            m_opened.append(url);
            return true;
        });
        m_opened.clear();
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_cache.reset();
    }

    void remoteImagesWaitForPermissionThenLoadOnce()
    {
        ImageServer server(png(Qt::blue));
        const qint64 id = add(crlf("From: News <news@shop.example>\n"
                                   "Subject: Offers\n"
                                   "Content-Type: text/html\n"
                                   "\n"
                                   "<p>Sale</p><img src=\""
            + server.url(QStringLiteral("a.png")).toLatin1() + "\" width=\"40\" height=\"30\"><img src=\""
            + server.url(QStringLiteral("a.png")).toLatin1() + "\"><p><img src=\""
            + server.url(QStringLiteral("b.png")).toLatin1() + "\"></p>\n"));
        show(id);
        auto *bar = m_view->findChild<Gui::RemoteContentBar *>();
        QVERIFY(bar && bar->isVisible());
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("remoteContentText"))
                    ->text()
                    .contains(QLatin1String("2 remote")));
        relayout();
        QTest::qWait(300);
        QCOMPARE(server.requests, QStringList {});
        QCOMPARE(pixelsOf(browser(), Qt::blue), 0);

        QSignalSpy shown(m_view.get(), &MessageView::contentShown);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("loadRemoteContent")), Qt::LeftButton);
        QVERIFY(shown.wait(5000));
        QVERIFY(!bar->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(pixelsOf(browser(), Qt::blue) >= 40 * 30, 5000);
        for (int i = 0; i < 3; ++i) {
            relayout();
        }
        QTest::qWait(300);
        server.requests.sort();
        QCOMPARE(server.requests, (QStringList {QStringLiteral("/a.png"), QStringLiteral("/b.png")}));
        QCOMPARE(browser()->remoteRequestCount(), 2);

        // The next message is blocked again: the choice was for that message only.
        show(add(crlf("From: News <news@shop.example>\nSubject: Again\nContent-Type: text/html\n\n<img src=\""
            + server.url(QStringLiteral("c.png")).toLatin1() + "\">\n")));
        QTest::qWait(300);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(bar->isVisible());
    }

    void alwaysForSenderIsRemembered()
    {
        ImageServer server(png(Qt::blue));
        const QString settings = m_cache->directory.filePath(QStringLiteral("letterbox.ini"));
        m_view->setRemoteContentPolicy(settings);
        const QByteArray message
            = crlf("From: News <News@Shop.example>\nSubject: Offers\nContent-Type: text/html\n\n<img src=\""
                + server.url(QStringLiteral("a.png")).toLatin1() + "\">\n");
        const qint64 id = add(message);
        show(id);
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), 0);
        QSignalSpy shown(m_view.get(), &MessageView::contentShown);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("loadRemoteContentAlways")), Qt::LeftButton);
        QVERIFY(shown.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
        QCOMPARE(QSettings(settings, QSettings::IniFormat)
                     .value(QStringLiteral("remoteContent/alwaysLoadFrom"))
                     .toStringList(),
            QStringList {QStringLiteral("news@shop.example")});

        // Another view (the next start) reads the choice and loads at once.
        MessageView next;
        next.setRemoteContentPolicy(settings);
        next.show();
        QSignalSpy nextShown(&next, &MessageView::contentShown);
        next.showMessage(&m_cache->db(), add(message));
        QVERIFY(nextShown.wait(5000));
        QVERIFY(next.content().remoteAllowedForSender);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 5000);
    }

    void cidImageShows()
    {
        show(addWithLogo(Qt::red));
        QTRY_VERIFY_WITH_TIMEOUT(pixelsOf(browser(), Qt::red) >= 40 * 30, 5000);
        QVERIFY(!m_view->findChild<Gui::RemoteContentBar *>()->isVisible());
        // The next message names the same Content-ID: its own part answers, not a cached one.
        show(addWithLogo(Qt::green));
        QTRY_VERIFY_WITH_TIMEOUT(pixelsOf(browser(), Qt::green) >= 40 * 30, 5000);
        QCOMPARE(pixelsOf(browser(), Qt::red), 0);
    }

private:
    qint64 addWithLogo(const QColor &colour) { return add(ReadingTesting::messageWithLogo(png(colour))); }

private Q_SLOTS:

    void plainTextQuotesLinksAndFolds()
    {
        const qint64 id = add(crlf("From: Alice <alice@example.org>\n"
                                   "To: Bob <bob@example.org>\n"
                                   "Subject: Lunch <b>now</b>\n"
                                   "Date: Tue, 14 Nov 2023 10:00:00 +0000\n"
                                   "\n"
                                   "Shall we meet at https://example.org/cafe ?\n"
                                   "> You wrote:\n"
                                   "> noon?\n"
                                   "> or one?\n"
                                   "> or two?\n"));
        show(id);
        QVERIFY(m_view->isPlainTextShown());
        // A header is shown as it is, never as rich text.
        QCOMPARE(
            m_view->findChild<QLabel *>(QStringLiteral("headerSubject"))->text(), QStringLiteral("Lunch <b>now</b>"));
        QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("headerDate"))->text().isEmpty());
        QTextDocument *document = browser()->document();
        QVERIFY(document->toHtml().contains(QLatin1String("href=\"https://example.org/cafe\"")));
        const QColor normal = colourOf(document, QStringLiteral("Shall"));
        const QColor quoted = colourOf(document, QStringLiteral("noon?"));
        QVERIFY(quoted.isValid());
        QVERIFY(quoted != normal);

        // A click on the link opens it on the desktop.
        Q_EMIT browser()->anchorClicked(QUrl(QStringLiteral("https://example.org/cafe")));
        QCOMPARE(m_opened, QList<QUrl> {QUrl(QStringLiteral("https://example.org/cafe"))});

        const QList<int> groups = m_view->content().plainText->foldGroups();
        QCOMPARE(groups.size(), 1);
        Q_EMIT browser()->anchorClicked(QUrl(QStringLiteral("letterbox-fold:%1").arg(groups.first())));
        QVERIFY(!browser()->toPlainText().contains(QLatin1String("noon?")));
        Q_EMIT browser()->anchorClicked(QUrl(QStringLiteral("letterbox-fold:%1").arg(groups.first())));
        QVERIFY(browser()->toPlainText().contains(QLatin1String("noon?")));
    }

    void plainTextToggleAndSource()
    {
        const qint64 id = add(crlf("From: Alice <alice@example.org>\nSubject: Both\nContent-Type: text/html\n\n"
                                   "<p>Hello <b>bold</b> world</p>\n"));
        show(id);
        QVERIFY(!m_view->isPlainTextShown());
        QVERIFY(browser()->document()->toHtml().contains(QLatin1String("font-weight")));
        auto *plain = m_view->findChild<QToolButton *>(QStringLiteral("viewPlainText"));
        QVERIFY(plain->isEnabled());
        plain->click();
        QVERIFY(m_view->isPlainTextShown());
        QVERIFY(browser()->toPlainText().contains(QLatin1String("bold")));
        QVERIFY(!browser()->document()->toHtml().contains(QLatin1String("font-weight:700")));

        m_view->findChild<QToolButton *>(QStringLiteral("viewSource"))->click();
        auto *source = m_view->findChild<QPlainTextEdit *>(QStringLiteral("messageSource"));
        QVERIFY(source->isVisible());
        QVERIFY(source->toPlainText().contains(QLatin1String("<p>Hello <b>bold</b> world</p>")));
        m_view->findChild<QToolButton *>(QStringLiteral("showAllHeaders"))->click();
        QVERIFY(m_view->findChild<QPlainTextEdit *>(QStringLiteral("allHeaders"))
                    ->toPlainText()
                    .contains(QLatin1String("Content-Type: text/html")));
    }

    void rejectedHtmlFallsBackToPlainText()
    {
        QByteArray deep;
        for (int i = 0; i < 2000; ++i) {
            deep += "<div>";
        }
        const qint64 id = add(crlf("From: Alice <alice@example.org>\nSubject: Deep\nMIME-Version: 1.0\n"
                                   "Content-Type: multipart/alternative; boundary=\"a\"\n\n"
                                   "--a\nContent-Type: text/plain\n\nThe plain words.\n"
                                   "--a\nContent-Type: text/html\n\n")
            + deep + "The html words.\r\n--a--\r\n");
        show(id);
        QVERIFY(m_view->content().htmlRejected);
        QVERIFY(m_view->isPlainTextShown());
        QVERIFY(browser()->toPlainText().contains(QLatin1String("The plain words.")));
        auto *notice = m_view->findChild<QLabel *>(QStringLiteral("messageNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(m_view->content().rejectReason));
        QVERIFY(!m_view->findChild<QToolButton *>(QStringLiteral("viewPlainText"))->isEnabled());
    }

    void spoofedSenderIsWarned()
    {
        show(add(crlf("From: \"support@bank.example\" <attacker@evil.example>\nSubject: Verify\n\nClick.\n")));
        auto *warning = m_view->findChild<QLabel *>(QStringLiteral("headerFromWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(!warning->text().isEmpty());
    }

    void mismatchedLinkAsksFirst()
    {
        show(add(crlf("From: Alice <alice@example.org>\nSubject: Pay\nContent-Type: text/html\n\n"
                      "<a href=\"https://evil.example/login\">www.paypal.com</a>\n")));
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                asked = box->text();
                box->reject();
            }
        });
        Q_EMIT browser()->anchorClicked(QUrl(QStringLiteral("https://evil.example/login")));
        QVERIFY(asked.contains(QLatin1String("evil.example")));
        QVERIFY(asked.contains(QLatin1String("paypal.com")));
        QVERIFY(m_opened.isEmpty());
    }

    void attachmentsAreSavedDecoded()
    {
        const qint64 id = add(crlf("From: Alice <alice@example.org>\nSubject: Files\nMIME-Version: 1.0\n"
                                   "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
                                   "--b1\nContent-Type: text/plain\n\nTwo files.\n"
                                   "--b1\nContent-Type: application/pdf\n"
                                   "Content-Disposition: attachment; filename=\"../report.pdf\"\n"
                                   "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKb25lCg==\n"
                                   "--b1\nContent-Type: application/pdf\n"
                                   "Content-Disposition: attachment; filename=\"report.pdf\"\n"
                                   "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKdHdvCg==\n"
                                   "--b1--\n"));
        show(id);
        QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("attachmentBar"))->isVisible());
        QCOMPARE(m_view->content().attachments.size(), 2);

        QSignalSpy saved(m_view.get(), &MessageView::attachmentsSaved);
        const QString one = m_cache->directory.filePath(QStringLiteral("saved.pdf"));
        m_view->saveAttachmentTo(0, one);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().toStringList(), QStringList {one});
        QCOMPARE(contents(one), QByteArray("%PDF-1.4\none\n"));

        const QString folder = m_cache->directory.filePath(QStringLiteral("all"));
        QVERIFY(QDir().mkpath(folder));
        m_view->saveAllAttachmentsTo(folder);
        QVERIFY(saved.wait(5000));
        const QStringList files = saved.at(1).first().toStringList();
        QCOMPARE(
            files, (QStringList {folder + QStringLiteral("/report.pdf"), folder + QStringLiteral("/report (2).pdf")}));
        QCOMPARE(contents(files.at(0)), QByteArray("%PDF-1.4\none\n"));
        QCOMPARE(contents(files.at(1)), QByteArray("%PDF-1.4\ntwo\n"));

        QSignalSpy opened(m_view.get(), &MessageView::attachmentOpened);
        m_view->openAttachment(1);
        QVERIFY(opened.wait(5000));
        const QString temporary = opened.first().first().toString();
        QCOMPARE(contents(temporary), QByteArray("%PDF-1.4\ntwo\n"));
        QCOMPARE(QFileInfo(QFileInfo(temporary).path()).permissions() & 0x0077, QFileDevice::Permissions {});
        QCOMPARE(m_opened, QList<QUrl> {QUrl::fromLocalFile(temporary)});
    }

    void headerOnlyRowAsksForItsBody()
    {
        const qint64 id = Store::MessageStore(m_cache->db())
                              .insert(m_cache->inbox, {StoreTesting::message(m_uid++, QStringLiteral("Later"))})
                              .value()
                              .first();
        QSignalSpy wanted(m_view.get(), &MessageView::bodyWanted);
        m_view->showMessage(&m_cache->db(), id);
        QVERIFY(wanted.wait(5000));
        QCOMPARE(wanted.first().first().toLongLong(), id);
        m_view->showUnavailable(QStringLiteral("You are offline."));
        auto *status = m_view->findChild<QLabel *>(QStringLiteral("messageStatus"));
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("You are offline."));
    }

private:
    MessageBrowser *browser() const { return m_view->findChild<MessageBrowser *>(); }

    qint64 add(const QByteArray &raw)
    {
        Store::NewMessage row = StoreTesting::withBlob(
            StoreTesting::message(m_uid, QStringLiteral("Message %1").arg(m_uid)), m_cache->db().blobs(), raw);
        ++m_uid;
        return Store::MessageStore(m_cache->db()).insert(m_cache->inbox, {row}).value().first();
    }

    void show(qint64 id)
    {
        QSignalSpy shown(m_view.get(), &MessageView::contentShown);
        m_view->showMessage(&m_cache->db(), id);
        QVERIFY(shown.wait(5000));
        QCOMPARE(m_view->messageId(), id);
        QCoreApplication::processEvents();
    }

    void relayout()
    {
        m_view->resize(m_view->width() == 700 ? 500 : 700, 600);
        browser()->document()->markContentsDirty(0, browser()->document()->characterCount());
        QTest::qWait(50);
        browser()->viewport()->grab();
    }

    static QColor colourOf(QTextDocument *document, const QString &text)
    {
        const QTextCursor found = document->find(text);
        if (found.isNull()) {
            return {};
        }
        return found.charFormat().foreground().color();
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<StoreTesting::Cache> m_cache;
    std::unique_ptr<MessageView> m_view;
    QList<QUrl> m_opened;
    quint32 m_uid = 1;
};

QTEST_MAIN(TestMessageView)
#include "tst_messageview.moc"
