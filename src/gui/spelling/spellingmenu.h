#pragma once

#include <QCoreApplication>

class QMenu;
class QPoint;
class QTextEdit;
class QWidget;

namespace Letterbox::Gui {

class SpellChecker;

/**
 * @short The spelling part of a text editor's context menu.
 *
 * For the word under the mouse, when it is misspelt: its suggestions (each replaces the
 * word, as one undo step) or a disabled "No suggestions", and "Add to Dictionary". Then,
 * always, a "Spelling Language" submenu of the installed dictionaries with the current one
 * checked. The composer calls addTo() from its editor's contextMenuEvent() on the menu
 * createStandardContextMenu() made, then shows it. Object names for tests and
 * accessibility: "spellingSuggestion", "addToDictionary", "spellingLanguageMenu".
 */
class SpellingMenu
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Gui::SpellingMenu)

public:
    /**
     * Adds the actions for the word at @p viewportPosition (QContextMenuEvent::pos() of
     * @p edit) to @p menu: suggestions first, above what @p menu holds; the language
     * submenu last. Actions belong to @p menu.
     */
    static void addTo(QMenu *menu, QTextEdit *edit, SpellChecker *checker, const QPoint &viewportPosition);
    /// The "Spelling Language" submenu alone (e.g. for the composer's Options menu).
    [[nodiscard]] static QMenu *languageMenu(SpellChecker *checker, QWidget *parent);
};

} // namespace Letterbox::Gui
