#include "protocol/net/certificatereport.h"

#include "protocol/net/tlspolicy.h"

namespace Letterbox::Net {

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    const QList<QByteArray> attributes
        = subject ? certificate.subjectInfoAttributes() : certificate.issuerInfoAttributes();
    QStringList parts;
    // Most specific first (CN before O), the way people read a name.
    for (auto it = attributes.crbegin(); it != attributes.crend(); ++it) {
        const QStringList values = subject ? certificate.subjectInfo(*it) : certificate.issuerInfo(*it);
        for (const QString &value : values) {
            parts.append(QString::fromLatin1(*it) + QLatin1Char('=') + value);
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

CertificateReport CertificateReport::fromCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    CertificateReport report;
    report.subject = distinguishedName(certificate, true);
    report.issuer = distinguishedName(certificate, false);
    report.sha256 = TlsPolicy::fingerprintOf(certificate);
    report.fingerprint = TlsPolicy::formatFingerprint(report.sha256);
    report.notBefore = certificate.effectiveDate();
    report.notAfter = certificate.expiryDate();
    report.pem = certificate.toPem();
    for (const QSslError &error : errors) {
        report.errors.append(error.errorString());
        report.errorCodes.append(error.error());
    }
    return report;
}

QString CertificateReport::toText() const
{
    QStringList lines;
    lines << tr("Subject: %1").arg(subject) << tr("Issuer: %1").arg(issuer)
          << tr("SHA-256 fingerprint: %1").arg(fingerprint)
          << tr("Valid from %1 to %2")
                 .arg(notBefore.toUTC().toString(Qt::ISODate), notAfter.toUTC().toString(Qt::ISODate));
    for (const QString &error : errors) {
        lines << tr("Problem: %1").arg(error);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Letterbox::Net
