#pragma once

#include <QString>
#include <QStringList>

namespace Letterbox::Render::Internal {

/**
 * @short The part of a style attribute that QTextDocument may see.
 *
 * Keeps declarations of an allowlist of properties (colours, fonts, text alignment and
 * decoration, margins, padding, widths, borders, vertical alignment, white-space) whose
 * value holds no function call other than rgb()/rgba(), no escape, comment or angle
 * bracket; drops everything else. Every url(...) met — kept or not — is reported in
 * @p urls, so a remote background counts as blocked content.
 */
QString filterStyle(const QString &style, QStringList *urls);

/// Every url(...) and @import target of a style sheet (a <style> element's text).
QStringList cssUrls(const QString &css);

/// A colour attribute (bgcolor, color) as QTextDocument reads it, or empty when it is
/// not "#rgb"/"#rrggbb" or a plain colour name.
QString filterColor(const QString &value);

/// A length attribute (width, height, border, cellpadding…): digits with an optional
/// "%" or "px", at most 5 digits; empty otherwise.
QString filterLength(const QString &value);

} // namespace Letterbox::Render::Internal
