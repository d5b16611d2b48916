#pragma once

class QCoreApplication;

namespace Letterbox::I18n {

/**
 * @short Installs Letterbox's and Qt's translations for the system locale.
 *
 * Our .qm files are embedded (":/i18n/letterbox_<lang>.qm"); Qt's own come from
 * the Qt installation. A locale without a translation simply stays English.
 */
void installTranslations(QCoreApplication &application);

} // namespace Letterbox::I18n
