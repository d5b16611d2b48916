#include "gui/spelling/spellingmenu.h"

#include "gui/spelling/spellchecker.h"
#include "gui/spelling/spellingwords.h"

#include <QActionGroup>
#include <QMenu>
#include <QPointer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>

namespace Letterbox::Gui {

namespace {

/// Replaces @p word at @p start of the document with @p replacement, if it is still there.
void replaceWord(QTextEdit *edit, int start, const QString &word, const QString &replacement)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(start);
    cursor.setPosition(start + int(word.size()), QTextCursor::KeepAnchor);
    // The menu may have stayed open while the text changed (a paste by another path):
    // never overwrite something other than the word that was offered.
    if (cursor.selectedText() != word) {
        return;
    }
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    edit->setTextCursor(cursor);
}

} // namespace

void SpellingMenu::addTo(QMenu *menu, QTextEdit *edit, SpellChecker *checker, const QPoint &viewportPosition)
{
    if (!menu || !edit || !checker) {
        return;
    }
    const QTextCursor at = edit->cursorForPosition(viewportPosition);
    const QTextBlock block = at.block();
    const SpellingWords::Span span = SpellingWords::at(block.text(), at.positionInBlock());
    const QString word = block.text().mid(span.start, span.length);
    if (!word.isEmpty() && checker->hasDictionary() && !checker->isCorrect(word)) {
        QAction *before = menu->actions().value(0);
        const int start = block.position() + span.start;
        const QPointer<QTextEdit> target(edit);
        const QStringList suggestions = checker->suggestions(word);
        for (const QString &suggestion : suggestions) {
            auto *replace = new QAction(suggestion, menu);
            replace->setObjectName(QStringLiteral("spellingSuggestion"));
            QObject::connect(replace, &QAction::triggered, menu, [target, start, word, suggestion] {
                if (target) {
                    replaceWord(target, start, word, suggestion);
                }
            });
            menu->insertAction(before, replace);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No Suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(before, none);
        }
        auto *add = new QAction(tr("Add \"%1\" to Dictionary").arg(word), menu);
        add->setObjectName(QStringLiteral("addToDictionary"));
        const QPointer<SpellChecker> learner(checker);
        QObject::connect(add, &QAction::triggered, menu, [learner, word] {
            if (learner) {
                learner->addToPersonalDictionary(word);
            }
        });
        menu->insertAction(before, add);
        if (before) {
            menu->insertSeparator(before);
        }
    }
    if (!menu->actions().isEmpty()) {
        menu->addSeparator();
    }
    menu->addMenu(languageMenu(checker, menu));
}

QMenu *SpellingMenu::languageMenu(SpellChecker *checker, QWidget *parent)
{
    auto *languages = new QMenu(tr("Spelling &Language"), parent);
    languages->setObjectName(QStringLiteral("spellingLanguageMenu"));
    const QStringList tags = checker ? checker->availableLanguages() : QStringList();
    if (tags.isEmpty()) {
        QAction *none = languages->addAction(tr("No Dictionaries Installed"));
        none->setEnabled(false);
        return languages;
    }
    auto *group = new QActionGroup(languages);
    group->setExclusive(true);
    const QPointer<SpellChecker> target(checker);
    for (const QString &tag : tags) {
        QAction *language = languages->addAction(SpellChecker::languageName(tag));
        language->setData(tag);
        language->setToolTip(tag);
        language->setCheckable(true);
        language->setChecked(tag == checker->language());
        group->addAction(language);
        QObject::connect(language, &QAction::triggered, languages, [target, tag] {
            if (target) {
                target->setLanguage(tag);
            }
        });
    }
    return languages;
}

} // namespace Letterbox::Gui
