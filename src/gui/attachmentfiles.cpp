#include "gui/attachmentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Letterbox::Gui {

QString AttachmentFiles::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return tr("Letterbox could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

QString AttachmentFiles::uniquePath(const QString &directory, const QString &fileName, const QSet<QString> &taken)
{
    const QDir dir(directory);
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString candidate = dir.filePath(fileName);
    for (int n = 2; QFileInfo::exists(candidate) || taken.contains(candidate); ++n) {
        candidate = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base, QString::number(n), suffix));
    }
    return candidate;
}

} // namespace Letterbox::Gui
