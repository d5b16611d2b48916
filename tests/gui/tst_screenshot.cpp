// Screenshot smoke test under a real X server (Xvfb): the window with mail in its panes,
// driven by a real key press (xdotool through XTEST, as a keyboard would), captured from
// the screen as a person would see it, written as PNG and checked not blank.
#include "gui/mainwindow.h"
#include "gui/messagelistview.h"
#include "gui/messageview.h"
#include "guitesting.h"
#include "models/messagelistmodel.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QTest>

using namespace Letterbox;

namespace {

/// Distinct colours inside @p area of @p image: an unpainted window is one flat colour.
int colourCount(const QImage &image, const QRect &area)
{
    QSet<QRgb> colours;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

QString save(const QImage &shot, const QString &name)
{
    const QString directory = qEnvironmentVariable("LETTERBOX_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(directory);
    const QString path = directory + QLatin1Char('/') + name;
    return shot.save(path) ? path : QString();
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welcomePageIsPainted()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        Gui::MainWindow window;
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200); // let the first paint reach the X server
        const QString path = save(window.screen()->grabWindow(0).toImage(), QStringLiteral("mainwindow.png"));
        QVERIFY(!path.isEmpty());
        // Read back what was written, so the check covers the file.
        const QImage saved(path);
        const QRect area = window.geometry().intersected(saved.rect());
        QVERIFY(area.width() > 500 && area.height() > 300);
        QVERIFY(colourCount(saved, area) >= 8);
    }

    void aKeyPressOpensAMessageInThePaintedWindow()
    {
        GuiTesting::TestProfile profile;
        const GuiTesting::TestAccount account
            = profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 40);
        profile.addMessageWithBody(QStringLiteral("work"), account.inbox, 500, QStringLiteral("Quarterly figures"),
            "From: Carol <carol@example.org>\r\nTo: bob@example.org\r\nSubject: Quarterly figures\r\n"
            "Date: Mon, 1 Dec 2025 10:00:00 +0000\r\nMessage-ID: <q@example.org>\r\n\r\n"
            "The figures are in.\r\n\r\n> Are they good?\r\nThey are.\r\n");
        Services::MailSession session;
        QStringList errors;
        session.open(profile.profile(), Services::MailSessionOptions::manualOnly(), &errors);
        QVERIFY(errors.isEmpty());
        Gui::MainWindow window(&session, profile.profile().configDirectory());
        window.resize(1200, 760);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.messageListView()->setFocus();
        QTest::qWait(200);

        // "N": the next unread message, the newest here; the key comes from the X server.
        QCOMPARE(QProcess::execute(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("n")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.messageView()->hasContent(), 10000);
        QCOMPARE(window.messageView()->content().subject, QStringLiteral("Quarterly figures"));
        QTest::qWait(300);

        const QString path = save(window.screen()->grabWindow(0).toImage(), QStringLiteral("mailwindow.png"));
        QVERIFY(!path.isEmpty());
        const QImage saved(path);
        const QRect list = QRect(window.messageListView()->mapToGlobal(QPoint(0, 0)), window.messageListView()->size())
                               .intersected(saved.rect());
        const QRect view = QRect(window.messageView()->mapToGlobal(QPoint(0, 0)), window.messageView()->size())
                               .intersected(saved.rect());
        // Rows of text in the list, and the message's text in the pane.
        QVERIFY2(colourCount(saved, list) >= 8, qPrintable(QString::number(colourCount(saved, list))));
        QVERIFY2(colourCount(saved, view) >= 8, qPrintable(QString::number(colourCount(saved, view))));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
