#pragma once

// Helpers of the spelling tests: a private enchant configuration directory (so "Add to
// Dictionary" writes nowhere real) and a real hunspell dictionary, never a skip: the
// dictionaries are test dependencies (packaging/install-deps test).

#include "gui/spelling/spellchecker.h"

#include <QTemporaryDir>
#include <QTest>

namespace SpellingTesting {

/// Points enchant at a fresh personal word list; call before the first SpellChecker.
inline void usePrivateEnchantConfig(const QTemporaryDir &directory)
{
    QVERIFY(directory.isValid());
    qputenv("ENCHANT_CONFIG_DIR", directory.path().toUtf8());
}

/// Loads @p tag into @p checker, or fails the test naming the package that is missing.
inline void loadDictionary(Letterbox::Gui::SpellChecker &checker, const QString &tag)
{
    QVERIFY2(checker.setLanguage(tag),
        qPrintable(QStringLiteral("no %1 dictionary: install the hunspell dictionaries (packaging/install-deps test); "
                                  "installed: %2")
                       .arg(tag, checker.availableLanguages().join(QLatin1String(", ")))));
}

} // namespace SpellingTesting
