#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace Letterbox::Gui {

/// Writing attachments to disk for Save, Save all and Open.
class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Gui::AttachmentFiles)

public:
    /// Writes @p bytes to @p path all at once (QSaveFile: a half-written file never takes
    /// the name); an empty string, or the sentence that says what failed.
    [[nodiscard]] static QString write(const QString &path, const QByteArray &bytes);

    /// A path in @p directory for @p fileName that neither a file nor @p taken has yet:
    /// "report.pdf", then "report (2).pdf", …
    [[nodiscard]] static QString uniquePath(
        const QString &directory, const QString &fileName, const QSet<QString> &taken = {});
};

} // namespace Letterbox::Gui
