// SpellChecker over the real hunspell dictionaries: checks, suggestions, the personal
// word list (in a private ENCHANT_CONFIG_DIR, kept across checkers as on disk), languages.
#include "spellingtesting.h"

#include "gui/spelling/spellchecker.h"

#include <QSignalSpy>
#include <QTest>

using Letterbox::Gui::SpellChecker;

class TestSpellChecker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { SpellingTesting::usePrivateEnchantConfig(m_config); }

    void listsInstalledDictionaries()
    {
        SpellChecker checker;
        const QStringList languages = checker.availableLanguages();
        QVERIFY2(languages.contains(QStringLiteral("en_US")), qPrintable(languages.join(QLatin1Char(' '))));
        QVERIFY(std::is_sorted(languages.cbegin(), languages.cend()));
        QCOMPARE(SpellChecker::languageName(QStringLiteral("en_US")), QStringLiteral("English (United States)"));
    }

    void checksWords()
    {
        SpellChecker checker;
        SpellingTesting::loadDictionary(checker, QStringLiteral("en_US"));
        QCOMPARE(checker.language(), QStringLiteral("en_US"));
        QVERIFY(checker.isCorrect(u"receive"));
        QVERIFY(!checker.isCorrect(u"recieve"));
        QVERIFY(checker.suggestions(QStringLiteral("recieve")).contains(QStringLiteral("receive")));
        QVERIFY(checker.suggestions(QStringLiteral("recieve"), 1).size() <= 1);
    }

    void withoutDictionaryNothingIsMarked()
    {
        SpellChecker checker;
        QVERIFY(!checker.setLanguage(QStringLiteral("xx_NOPE")));
        QVERIFY(!checker.hasDictionary());
        QVERIFY(checker.isCorrect(u"recieve"));
        QVERIFY(checker.suggestions(QStringLiteral("recieve")).isEmpty());
    }

    void unknownLanguageKeepsTheCurrentOne()
    {
        SpellChecker checker;
        SpellingTesting::loadDictionary(checker, QStringLiteral("en_US"));
        QVERIFY(!checker.setLanguage(QStringLiteral("xx_NOPE")));
        QCOMPARE(checker.language(), QStringLiteral("en_US"));
        QVERIFY(!checker.isCorrect(u"recieve"));
    }

    void switchesLanguage()
    {
        SpellChecker checker;
        SpellingTesting::loadDictionary(checker, QStringLiteral("en_US"));
        QVERIFY(!checker.isCorrect(u"Straße"));
        QSignalSpy changed(&checker, &SpellChecker::languageChanged);
        SpellingTesting::loadDictionary(checker, QStringLiteral("de_DE"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(checker.isCorrect(u"Straße"));
        QVERIFY(!checker.isCorrect(u"Strase"));
    }

    void bestLanguageForLocale()
    {
        SpellChecker checker;
        QCOMPARE(checker.bestLanguageFor(QStringLiteral("en_US")), QStringLiteral("en_US"));
        QCOMPARE(checker.bestLanguageFor(QStringLiteral("de_AT")), QStringLiteral("de_DE"));
        QCOMPARE(checker.bestLanguageFor(QStringLiteral("fr-CA")), QStringLiteral("fr_CA"));
        QCOMPARE(checker.bestLanguageFor(QStringLiteral("ja_JP")), QStringLiteral("en_US"));
    }

    void personalDictionaryPersists()
    {
        const QString word = QStringLiteral("Letterboxian");
        {
            SpellChecker checker;
            SpellingTesting::loadDictionary(checker, QStringLiteral("en_US"));
            QVERIFY(!checker.isCorrect(word));
            QSignalSpy changed(&checker, &SpellChecker::dictionaryChanged);
            checker.addToPersonalDictionary(word);
            QCOMPARE(changed.size(), 1);
            QVERIFY(checker.isCorrect(word));
        }
        SpellChecker later;
        SpellingTesting::loadDictionary(later, QStringLiteral("en_US"));
        QVERIFY(later.isCorrect(word));
        // The word list is the test's own, not the person's.
        QVERIFY(!QDir(m_config.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
