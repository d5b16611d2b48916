// xshot OUT.png: grabs the whole X screen of $DISPLAY (every client's windows) into a PNG.
// For the screenshots in docs/screenshots, taken of the real window under Xvfb as a
// person's screen shows it (tests/gui/take-screenshots drives it).
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication application(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: xshot OUT.png" << Qt::endl;
        return 2;
    }
    const QImage shot = QGuiApplication::primaryScreen()->grabWindow(0).toImage();
    if (shot.isNull() || !shot.save(arguments.at(1))) {
        QTextStream(stderr) << "xshot: could not grab or write " << arguments.at(1) << Qt::endl;
        return 1;
    }
    return 0;
}
