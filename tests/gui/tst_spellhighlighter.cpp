// SpellHighlighter and SpellingMenu on a QTextEdit under the offscreen platform: what a
// person sees underlined, and what the context menu offers and does.
#include "spellingtesting.h"

#include "gui/spelling/spellchecker.h"
#include "gui/spelling/spellhighlighter.h"
#include "gui/spelling/spellingmenu.h"

#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using Letterbox::Gui::SpellChecker;
using Letterbox::Gui::SpellHighlighter;
using Letterbox::Gui::SpellingMenu;

namespace {

/// An English editor as the composer has one: a shown QTextEdit with its highlighter.
struct Editor
{
    SpellChecker checker;
    QTextEdit edit;
    SpellHighlighter highlighter {&checker, edit.document()};

    explicit Editor(const QString &text)
    {
        SpellingTesting::loadDictionary(checker, QStringLiteral("en_US"));
        edit.resize(400, 200);
        edit.show();
        edit.setPlainText(text);
    }
};

} // namespace

class TestSpellHighlighter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    /// The words of @p block drawn with the misspelling underline.
    static QStringList marked(const QTextBlock &block)
    {
        QStringList words;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline
                && range.format.underlineColor() == QColor(Qt::red)) {
                words.append(block.text().mid(range.start, range.length));
            }
        }
        return words;
    }
    static QStringList marked(const QTextDocument *document)
    {
        QStringList words;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            words += marked(block);
        }
        return words;
    }
    /// The viewport position of the middle of the first @p word in @p edit.
    static QPoint pointAt(QTextEdit &edit, const QString &word)
    {
        QTextCursor cursor(edit.document());
        cursor.setPosition(int(edit.toPlainText().indexOf(word)) + 1);
        return edit.cursorRect(cursor).center();
    }
    static QAction *action(QMenu &menu, const QString &name)
    {
        const QList<QAction *> actions = menu.findChildren<QAction *>(name);
        return actions.isEmpty() ? nullptr : actions.first();
    }

private Q_SLOTS:
    void initTestCase() { SpellingTesting::usePrivateEnchantConfig(m_config); }

    void marksMisspeltWordsOnly()
    {
        Editor editor(QStringLiteral("I will recieve the parcel tomorow."));
        QCOMPARE(marked(editor.edit.document()), (QStringList {QStringLiteral("recieve"), QStringLiteral("tomorow")}));
    }

    void leavesQuotesAndAddressesAlone()
    {
        Editor editor(QStringLiteral("> Qoted txet from the sendr\n"
                                     "See https://exmaple.org/sme/pahts and wrte to jdoe@exmaple.org\n"
                                     "Version 2nd3 is out"));
        QCOMPARE(marked(editor.edit.document()), QStringList {QStringLiteral("wrte")});
    }

    void typingMarksAndFixingUnmarks()
    {
        Editor editor {QString()};
        QTest::keyClicks(&editor.edit, QStringLiteral("Hello wrold"));
        QCOMPARE(marked(editor.edit.document()), QStringList {QStringLiteral("wrold")});
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(&editor.edit, Qt::Key_Backspace);
        }
        QTest::keyClicks(&editor.edit, QStringLiteral("orld"));
        QCOMPARE(editor.edit.toPlainText(), QStringLiteral("Hello world"));
        QVERIFY(marked(editor.edit.document()).isEmpty());
    }

    void disablingRemovesMarks()
    {
        Editor editor(QStringLiteral("a wrold"));
        QCOMPARE(marked(editor.edit.document()).size(), 1);
        editor.highlighter.setEnabled(false);
        QVERIFY(marked(editor.edit.document()).isEmpty());
        editor.highlighter.setEnabled(true);
        QCOMPARE(marked(editor.edit.document()).size(), 1);
    }

    void languageSwitchRechecks()
    {
        Editor editor(QStringLiteral("Guten Morgen"));
        QCOMPARE(marked(editor.edit.document()), QStringList {QStringLiteral("Guten")});
        SpellingTesting::loadDictionary(editor.checker, QStringLiteral("de_DE"));
        QVERIFY(marked(editor.edit.document()).isEmpty());
    }

    void menuReplacesWithSuggestion()
    {
        Editor editor(QStringLiteral("We recieve mail."));
        QMenu menu;
        QAction *standard = menu.addAction(QStringLiteral("Copy"));
        SpellingMenu::addTo(&menu, &editor.edit, &editor.checker, pointAt(editor.edit, QStringLiteral("recieve")));
        QVERIFY(menu.actions().indexOf(standard) > 0); // suggestions come first
        QAction *receive = nullptr;
        for (QAction *suggestion : menu.findChildren<QAction *>(QStringLiteral("spellingSuggestion"))) {
            if (suggestion->text() == QLatin1String("receive")) {
                receive = suggestion;
            }
        }
        QVERIFY(receive);
        receive->trigger();
        QCOMPARE(editor.edit.toPlainText(), QStringLiteral("We receive mail."));
        QVERIFY(marked(editor.edit.document()).isEmpty());
        editor.edit.undo(); // one undo step gives the word back
        QCOMPARE(editor.edit.toPlainText(), QStringLiteral("We recieve mail."));
    }

    void menuAddsToDictionary()
    {
        Editor editor(QStringLiteral("Greetings from Quuxville"));
        QCOMPARE(marked(editor.edit.document()), QStringList {QStringLiteral("Quuxville")});
        QMenu menu;
        SpellingMenu::addTo(&menu, &editor.edit, &editor.checker, pointAt(editor.edit, QStringLiteral("Quuxville")));
        QAction *add = action(menu, QStringLiteral("addToDictionary"));
        QVERIFY(add);
        QVERIFY(add->text().contains(QLatin1String("Quuxville")));
        add->trigger();
        QVERIFY(editor.checker.isCorrect(u"Quuxville"));
        QVERIFY(marked(editor.edit.document()).isEmpty());
    }

    void menuOnCorrectWordHasOnlyLanguages()
    {
        Editor editor(QStringLiteral("Hello world"));
        QMenu menu;
        SpellingMenu::addTo(&menu, &editor.edit, &editor.checker, pointAt(editor.edit, QStringLiteral("world")));
        QVERIFY(!action(menu, QStringLiteral("addToDictionary")));
        QVERIFY(menu.findChildren<QAction *>(QStringLiteral("spellingSuggestion")).isEmpty());
        QVERIFY(menu.findChild<QMenu *>(QStringLiteral("spellingLanguageMenu")));
    }

    void languageMenuListsAndSwitches()
    {
        SpellChecker checker;
        SpellingTesting::loadDictionary(checker, QStringLiteral("en_US"));
        QWidget parent;
        QMenu *languages = SpellingMenu::languageMenu(&checker, &parent);
        QStringList tags;
        QAction *german = nullptr;
        for (QAction *language : languages->actions()) {
            tags.append(language->data().toString());
            if (language->data().toString() == QLatin1String("de_DE")) {
                german = language;
            }
            QCOMPARE(language->isChecked(), language->data().toString() == QLatin1String("en_US"));
        }
        QCOMPARE(tags, checker.availableLanguages());
        QVERIFY(german);
        QCOMPARE(german->text(), QStringLiteral("German (Germany)"));
        german->trigger();
        QCOMPARE(checker.language(), QStringLiteral("de_DE"));
    }
};

QTEST_MAIN(TestSpellHighlighter)
#include "tst_spellhighlighter.moc"
