#include "gui/spelling/spellchecker.h"

#include <QLocale>

#include <enchant.h>

#include <algorithm>

namespace Letterbox::Gui {

/// The enchant handles, freed in the order enchant wants: the dictionary, then the broker.
struct SpellChecker::Enchant
{
    EnchantBroker *broker = enchant_broker_init();
    EnchantDict *dict = nullptr;

    Enchant() = default;
    Enchant(const Enchant &) = delete;
    Enchant &operator=(const Enchant &) = delete;
    ~Enchant()
    {
        if (broker && dict) {
            enchant_broker_free_dict(broker, dict);
        }
        if (broker) {
            enchant_broker_free(broker);
        }
    }
};

SpellChecker::SpellChecker(QObject *parent)
    : QObject(parent)
    , m_enchant(std::make_unique<Enchant>())
{ }

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::availableLanguages() const
{
    QStringList tags;
    if (!m_enchant->broker) {
        return tags;
    }
    enchant_broker_list_dicts(
        m_enchant->broker,
        [](const char *const tag, const char *const, const char *const, const char *const, void *data) {
            static_cast<QStringList *>(data)->append(QString::fromUtf8(tag));
        },
        &tags);
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

QString SpellChecker::languageName(const QString &tag)
{
    const QLocale locale(tag);
    if (locale.language() == QLocale::C) {
        return tag;
    }
    const QString language = QLocale::languageToString(locale.language());
    // A bare language tag ("fr") gets its language's default territory from QLocale,
    // which the dictionary does not claim: name the territory only when the tag does.
    if (!tag.contains(QLatin1Char('_')) && !tag.contains(QLatin1Char('-'))) {
        return language;
    }
    return tr("%1 (%2)", "spelling language, territory").arg(language, QLocale::territoryToString(locale.territory()));
}

bool SpellChecker::setLanguage(const QString &tag)
{
    if (!m_enchant->broker || tag.isEmpty()) {
        return false;
    }
    if (tag == m_language && m_enchant->dict) {
        return true;
    }
    const QByteArray utf8 = tag.toUtf8();
    if (!enchant_broker_dict_exists(m_enchant->broker, utf8.constData())) {
        return false;
    }
    EnchantDict *dict = enchant_broker_request_dict(m_enchant->broker, utf8.constData());
    if (!dict) {
        return false;
    }
    if (m_enchant->dict) {
        enchant_broker_free_dict(m_enchant->broker, m_enchant->dict);
    }
    m_enchant->dict = dict;
    m_language = tag;
    Q_EMIT languageChanged(tag);
    return true;
}

bool SpellChecker::hasDictionary() const
{
    return m_enchant->dict != nullptr;
}

QString SpellChecker::bestLanguageFor(const QString &locale) const
{
    const QStringList tags = availableLanguages();
    if (tags.isEmpty()) {
        return {};
    }
    QString name = locale;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (tags.contains(name)) {
        return name;
    }
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    // The language's own territory first ("de" → "de_DE"), then any of its dictionaries.
    const QString home = language + QLatin1Char('_') + language.toUpper();
    if (tags.contains(home)) {
        return home;
    }
    for (const QString &tag : tags) {
        if (tag == language || tag.startsWith(language + QLatin1Char('_'))) {
            return tag;
        }
    }
    return tags.contains(QStringLiteral("en_US")) ? QStringLiteral("en_US") : tags.first();
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (!m_enchant->dict || word.isEmpty()) {
        return true;
    }
    const QByteArray utf8 = word.toUtf8();
    // 0 is correct, 1 misspelt, negative an error: an error must not underline the word.
    return enchant_dict_check(m_enchant->dict, utf8.constData(), utf8.size()) <= 0;
}

QStringList SpellChecker::suggestions(const QString &word, int limit) const
{
    QStringList result;
    if (!m_enchant->dict || word.isEmpty()) {
        return result;
    }
    const QByteArray utf8 = word.toUtf8();
    size_t count = 0;
    char **list = enchant_dict_suggest(m_enchant->dict, utf8.constData(), utf8.size(), &count);
    for (size_t i = 0; i < count && result.size() < limit; ++i) {
        result.append(QString::fromUtf8(list[i]));
    }
    if (list) {
        enchant_dict_free_string_list(m_enchant->dict, list);
    }
    return result;
}

void SpellChecker::addToPersonalDictionary(const QString &word)
{
    if (!m_enchant->dict || word.isEmpty()) {
        return;
    }
    const QByteArray utf8 = word.toUtf8();
    enchant_dict_add(m_enchant->dict, utf8.constData(), utf8.size());
    Q_EMIT dictionaryChanged();
}

} // namespace Letterbox::Gui
