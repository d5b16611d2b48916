#include "gui/mainwindow.h"
#include "translations/translationloader.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

using Letterbox::Gui::MainWindow;

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions) {
        titles.append(action->text());
    }
    return titles;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithMenusAndStatusBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Letterbox"));
        QCOMPARE(menuTitles(window), (QStringList {QStringLiteral("&File"), QStringLiteral("&Help")}));
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(window.statusText(), QStringLiteral("No account"));
    }

    void welcomePageInsteadOfEmptyPanes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
        QVERIFY(text && text->isVisible());
        QVERIFY(text->text().contains(QLatin1String("No account")));
    }

    void quitShortcutClosesTheWindow()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> guard(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    }

    void germanTranslationIsEmbedded()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto *translator = new QTranslator(this);
        QVERIFY(
            translator->load(QLocale(), QStringLiteral("letterbox"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(translator));
        {
            MainWindow window;
            QCOMPARE(menuTitles(window), (QStringList {QStringLiteral("&Datei"), QStringLiteral("&Hilfe")}));
            QCOMPARE(window.statusText(), QStringLiteral("Kein Konto"));
        }
        QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(QLocale::c());
    }

    void frenchTranslationIsEmbedded()
    {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(QStringLiteral("letterbox_fr"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(translator));
        {
            MainWindow window;
            QCOMPARE(menuTitles(window), (QStringList {QStringLiteral("&Fichier"), QStringLiteral("&Aide")}));
        }
        QCoreApplication::removeTranslator(translator);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
