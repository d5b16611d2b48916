#include "protocol/net/tlspolicy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace Letterbox::Net {

bool TlsPolicy::addCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("The CA certificate file %1 cannot be read: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    // A CA file is small; a bound keeps a wrong path (a disk image, /dev/zero) harmless.
    constexpr qint64 maximumSize = 4 * 1024 * 1024;
    const QByteArray pem = file.read(maximumSize + 1);
    if (pem.size() > maximumSize) {
        if (error) {
            *error = tr("The CA certificate file %1 is too large to be a certificate.")
                         .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error) {
            *error = tr("The file %1 holds no PEM certificate.").arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    extraCaCertificates += certificates;
    return true;
}

bool TlsPolicy::setPinnedFingerprint(const QString &hex)
{
    const QByteArray digest = parseFingerprint(hex);
    if (digest.isEmpty()) {
        return false;
    }
    pinnedSha256 = digest;
    return true;
}

QByteArray TlsPolicy::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    return certificate.digest(QCryptographicHash::Sha256);
}

QString TlsPolicy::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray TlsPolicy::parseFingerprint(const QString &hex)
{
    QByteArray digits;
    for (const QChar c : hex) {
        if (c == QLatin1Char(':') || c.isSpace()) {
            continue;
        }
        const char16_t u = c.unicode();
        const bool hexDigit = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hexDigit) {
            return {};
        }
        digits += char(u);
    }
    const QByteArray digest = QByteArray::fromHex(digits);
    if (digits.size() != 64 || digest.size() != 32) {
        return {};
    }
    return digest;
}

} // namespace Letterbox::Net
