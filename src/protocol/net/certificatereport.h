#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace Letterbox::Net {

/**
 * @short A server certificate that failed verification, as a person needs to see it.
 *
 * Made by Connection when the chain or the name does not verify and no pin matches. The
 * connection is aborted before any protocol byte is written; a window (or the CLI) shows
 * this report, and if the person accepts, the next connection carries
 * TlsPolicy::pinnedSha256 = sha256 and goes through.
 */
struct CertificateReport
{
    Q_DECLARE_TR_FUNCTIONS(CertificateReport)

public:
    QString subject; ///< distinguished name, e.g. "CN=localhost, O=Example"
    QString issuer;
    QByteArray sha256; ///< raw digest of the DER form (what a pin stores)
    QString fingerprint; ///< the same as "AB:CD:…" (TlsPolicy::formatFingerprint)
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList errors; ///< the verification errors, as Qt/OpenSSL word them
    QList<QSslError::SslError> errorCodes; ///< the same errors, for code that decides
    QByteArray pem; ///< the leaf certificate

    [[nodiscard]] static CertificateReport fromCertificate(
        const QSslCertificate &certificate, const QList<QSslError> &errors);

    /// Several lines for a terminal or a dialog's details: subject, issuer,
    /// fingerprint, validity and each error.
    [[nodiscard]] QString toText() const;
};

} // namespace Letterbox::Net
