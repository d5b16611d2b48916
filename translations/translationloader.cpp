#include "translations/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Letterbox::I18n {

void installTranslations(QCoreApplication &application)
{
    const QLocale locale;
    // Parented to the application: translators must outlive every tr() call.
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto *ownTranslator = new QTranslator(&application);
    if (ownTranslator->load(locale, QStringLiteral("letterbox"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ownTranslator);
    }
}

} // namespace Letterbox::I18n
