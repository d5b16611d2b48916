#include "viewbench.h"

#include "benchsuite.h"
#include "benchtable.h"

#include "gui/messagebrowser.h"
#include "gui/messageview.h"
#include "services/reading/messagecontentbuilder.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagestore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

namespace Letterbox::Bench {

namespace {

constexpr int newsletterBytes = 200 * 1024;

QString product(QRandomGenerator &random)
{
    static const QStringList words {QStringLiteral("Garden"), QStringLiteral("Chair"), QStringLiteral("Lamp"),
        QStringLiteral("Kettle"), QStringLiteral("Blanket"), QStringLiteral("Bicycle"), QStringLiteral("Teapot"),
        QStringLiteral("Notebook"), QStringLiteral("Backpack"), QStringLiteral("Umbrella")};
    return words.at(random.bounded(int(words.size()))) + QLatin1Char(' ') + words.at(random.bounded(int(words.size())));
}

/// One product cell: an image, a title link, a price, a paragraph and a button link.
QString cell(QRandomGenerator &random, int index)
{
    const QString name = product(random);
    return QStringLiteral(
        "<td width=\"33%\" valign=\"top\" style=\"padding:8px;border:1px solid #dddddd;font-family:Arial,sans-serif\">"
        "<a href=\"https://shop.example/p/%1?utm_source=news&amp;utm_medium=email\">"
        "<img src=\"https://img.shop.example/p/%1.jpg\" width=\"180\" height=\"120\" alt=\"%2\"></a>"
        "<h3 style=\"color:#222222;font-size:16px\"><a href=\"https://shop.example/p/%1\">%2</a></h3>"
        "<p style=\"color:#555555;font-size:13px;line-height:18px\">Our %2 is back in stock in three colours, "
        "with free delivery on orders over forty euros. Reviewers call it the best %2 of the season.</p>"
        "<p><b style=\"color:#c0392b\">%3,%4 EUR</b> <s>%5,00 EUR</s></p>"
        "<a href=\"https://click.shop.example/t/%1/%6\" style=\"background-color:#2e86c1;color:#ffffff;"
        "padding:6px 12px\">Buy now</a></td>")
        .arg(index)
        .arg(name)
        .arg(random.bounded(5, 200))
        .arg(random.bounded(10, 99))
        .arg(random.bounded(200, 300))
        .arg(random.generate());
}

} // namespace

QByteArray syntheticNewsletter(quint32 seed, int htmlBytes)
{
    QRandomGenerator random(seed);
    QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><title>Weekly offers</title>"
        "<style>body{margin:0} .hide{display:none}</style></head>"
        "<body style=\"background-color:#f4f4f4\"><img src=\"https://track.shop.example/open.gif\" width=\"1\" "
        "height=\"1\"><table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background-color:#ffffff\"><tr><td colspan=\"3\"><img src=\"https://img.shop.example/banner.jpg\" "
        "width=\"600\" height=\"200\"></td></tr>");
    int index = 0;
    while (html.size() < htmlBytes - 2000) {
        html += QLatin1String("<tr>");
        for (int column = 0; column < 3; ++column) {
            html += cell(random, index++);
        }
        html += QLatin1String("</tr>");
    }
    html += QLatin1String("<tr><td colspan=\"3\" style=\"font-size:11px;color:#999999;padding:16px\">"
                          "You receive this because you subscribed at shop.example. "
                          "<a href=\"https://shop.example/unsubscribe?u=12345\">Unsubscribe</a> | "
                          "<a href=\"https://shop.example/privacy\">Privacy</a></td></tr></table></body></html>");
    QByteArray message = "From: Shop <news@shop.example>\r\n"
                         "To: alice@example.org\r\n"
                         "Subject: Weekly offers\r\n"
                         "Date: Tue, 14 Nov 2023 10:00:00 +0000\r\n"
                         "Message-ID: <news-1@shop.example>\r\n"
                         "MIME-Version: 1.0\r\n"
                         "Content-Type: text/html; charset=utf-8\r\n"
                         "Content-Transfer-Encoding: 8bit\r\n\r\n";
    message += html.toUtf8();
    message += "\r\n";
    return message;
}

bool runViewBench(const BenchOptions &options, BenchTable &table)
{
    QTemporaryDir temporary;
    const QString root = options.directory.isEmpty() ? temporary.path() : options.directory + QStringLiteral("/view");
    Store::Database database(root);
    if (!database.open().ok()) {
        table.addNote(QStringLiteral("could not open a cache in %1").arg(root));
        return false;
    }
    Store::NewFolder folder;
    folder.path = QStringLiteral("INBOX");
    folder.delimiter = QStringLiteral("/");
    folder.uidValidity = 1;
    const Store::Result<qint64> inbox = Store::FolderStore(database).create(folder);
    const QByteArray raw = syntheticNewsletter(options.seed, newsletterBytes);
    QList<qint64> ids;
    for (quint32 uid = 1; uid <= 2; ++uid) {
        const Store::Result<Store::BlobInfo> blob = database.blobs().write(raw);
        if (!inbox.ok() || !blob.ok()) {
            table.addNote(QStringLiteral("could not store the newsletter"));
            return false;
        }
        Store::NewMessage message;
        message.uid = uid;
        message.subject = QStringLiteral("Weekly offers");
        message.internalDate = QDateTime::currentDateTimeUtc();
        message.size = raw.size();
        message.bodyState = Store::BodyState::Full;
        message.blobKey = blob.value().key;
        message.blobSize = blob.value().size;
        ids.append(Store::MessageStore(database).insert(inbox.value(), {message}).value().first());
    }

    Gui::MessageView view;
    view.resize(1000, 800);
    view.show();
    auto *browser = view.findChild<Gui::MessageBrowser *>();
    QList<double> total;
    QList<double> guiThread;
    QList<double> importing;
    for (int run = 0; run <= options.repeats; ++run) { // run 0 warms caches and fonts
        QEventLoop loop;
        QElapsedTimer gui;
        const QMetaObject::Connection shown = QObject::connect(&view, &Gui::MessageView::contentShown, &loop, [&] {
            browser->viewport()->repaint(); // the first paint: the layout happens here
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        view.showMessage(&database, ids.at(run % 2));
        loop.exec();
        QObject::disconnect(shown);
        const double elapsed = milliseconds(timer);
        if (!view.hasContent()) {
            table.addNote(QStringLiteral("the view showed no content within 30 s"));
            return false;
        }
        // The GUI thread's share, measured alone on the same content: setHtml + layout + paint.
        gui.start();
        browser->showContent(view.content().html, view.content().inlineParts, false);
        const double imported = milliseconds(gui);
        browser->viewport()->repaint();
        if (run > 0) {
            total.append(elapsed);
            guiThread.append(milliseconds(gui));
            importing.append(imported);
        }
    }
    // QTextDocument's HTML import alone, with no layout attached: what a worker could take over.
    QList<double> importOnly;
    for (int run = 0; run < options.repeats; ++run) {
        QTextDocument document;
        QElapsedTimer timer;
        timer.start();
        document.setHtml(view.content().html);
        importOnly.append(milliseconds(timer));
    }
    QList<double> worker;
    for (int run = 0; run < options.repeats; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Services::MessageContent content = Services::MessageContentBuilder::build(raw, {});
        worker.append(milliseconds(timer));
    }

    const double totalMedian = median(total);
    table.add(QStringLiteral("200 KB HTML newsletter: ask → first paint"), ms(totalMedian), QStringLiteral("< 150 ms"),
        totalMedian < 150);
    table.addInfo(QStringLiteral("  parse + sanitise (worker thread)"), ms(median(worker)));
    table.addInfo(QStringLiteral("  setHtml + layout + paint (GUI thread)"), ms(median(guiThread)));
    table.addInfo(QStringLiteral("    of which setHtml (HTML → QTextDocument)"), ms(median(importing)));
    table.addInfo(QStringLiteral("    the HTML import alone, no layout"), ms(median(importOnly)));
    table.addNote(QStringLiteral("%1 bytes of HTML, %2 remote sources blocked, medians of %3 runs, offscreen platform")
                      .arg(raw.size())
                      .arg(view.content().blockedUrls.size())
                      .arg(options.repeats));
    return true;
}

} // namespace Letterbox::Bench
