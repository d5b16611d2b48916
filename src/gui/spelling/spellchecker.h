#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Letterbox::Gui {

/**
 * @short One spelling dictionary through enchant-2: check a word, suggest, learn a word.
 *
 * A thin wrapper over an enchant broker and the one dictionary of the current language
 * (enchant's hunspell provider reads the `hunspell-*` dictionaries the system has).
 * Words added with addToPersonalDictionary() go to enchant's personal word list of that
 * language, under `$ENCHANT_CONFIG_DIR` or else `~/.config/enchant/`, so they stay
 * learnt for the next message and the next run.
 *
 * Without a dictionary (none installed, or an unknown language) every word counts as
 * correct: nothing is underlined rather than everything. Not a widget; one per composer
 * (a dictionary is ~9 MB and takes ~50 ms to load, so keep it for the window's life).
 * GUI thread only, like the highlighter that asks it.
 */
class SpellChecker final : public QObject
{
    Q_OBJECT

public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    /// The language tags of the installed dictionaries ("de_DE", "en_US", "fr"), sorted.
    [[nodiscard]] QStringList availableLanguages() const;
    /// A person's name for @p tag, "English (United States)"; the tag itself if unknown.
    [[nodiscard]] static QString languageName(const QString &tag);

    /// Loads the dictionary of @p tag; false (and the old one kept) if it is not installed.
    bool setLanguage(const QString &tag);
    /// The current dictionary's tag, empty when none is loaded.
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] bool hasDictionary() const;
    /**
     * The installed language best matching @p locale: its exact name ("de_DE"), else one
     * of the same language ("de_AT" → "de_DE"), else en_US, else the first one; empty
     * when no dictionary is installed.
     */
    [[nodiscard]] QString bestLanguageFor(const QString &locale) const;

    /// True when @p word is spelt right in the current language (or no dictionary is loaded).
    [[nodiscard]] bool isCorrect(QStringView word) const;
    /// Up to @p limit corrections for @p word, the dictionary's best first.
    [[nodiscard]] QStringList suggestions(const QString &word, int limit = 8) const;
    /// Learns @p word for the current language, in the personal word list on disk.
    void addToPersonalDictionary(const QString &word);

Q_SIGNALS:
    /// Another dictionary was loaded: what was marked must be checked again.
    void languageChanged(const QString &tag);
    /// A word was learnt: what was marked must be checked again.
    void dictionaryChanged();

private:
    struct Enchant;
    std::unique_ptr<Enchant> m_enchant;
    QString m_language;
};

} // namespace Letterbox::Gui
