// Screenshot smoke test: the main window under a real X server (Xvfb), captured
// from the screen as a person would see it, written as PNG and checked not blank.
#include "gui/mainwindow.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QScreen>
#include <QSet>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowIsPainted()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        Letterbox::Gui::MainWindow window;
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200); // let the first paint reach the X server

        const QImage shot = window.screen()->grabWindow(0).toImage();
        QVERIFY(!shot.isNull());
        const QString directory = qEnvironmentVariable("LETTERBOX_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(directory));
        const QString path = directory + QLatin1String("/mainwindow.png");
        QVERIFY(shot.save(path));

        // Read back what was written, so the check covers the file.
        const QImage saved(path);
        QCOMPARE(saved.size(), shot.size());
        // Look only where the window is: an unpainted window is one flat colour, a
        // painted one has its background, the menu and the welcome text's
        // anti-aliased glyphs.
        const QRect area = window.geometry().intersected(saved.rect());
        QVERIFY(area.width() > 500 && area.height() > 300);
        QSet<QRgb> colours;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                colours.insert(saved.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() >= 8, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
