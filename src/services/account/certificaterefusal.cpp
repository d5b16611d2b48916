#include "services/account/certificaterefusal.h"

#include "protocol/net/certificatereport.h"

namespace Letterbox::Services {

CertificateSummary CertificateWords::summaryOf(const Net::CertificateReport &report)
{
    CertificateSummary summary;
    summary.subject = report.subject;
    summary.issuer = report.issuer;
    summary.fingerprint = report.fingerprint;
    summary.sha256 = report.sha256;
    summary.notBefore = report.notBefore;
    summary.notAfter = report.notAfter;
    summary.trusted = false;
    summary.errors = report.errors;
    summary.plainErrors = plainProblems(report.errorCodes, report.errors);
    return summary;
}

QStringList CertificateWords::plainProblems(const QList<QSslError::SslError> &errors, const QStringList &texts)
{
    QStringList sentences;
    const auto add = [&sentences](const QString &sentence) {
        if (!sentences.contains(sentence)) {
            sentences.append(sentence);
        }
    };
    for (qsizetype i = 0; i < errors.size(); ++i) {
        switch (errors.at(i)) {
        case QSslError::HostNameMismatch:
            add(tr("It was made for another server name than the one you connect to."));
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            add(tr("No authority this computer trusts vouches for it: it is self-signed or issued by an "
                   "unknown authority."));
            break;
        case QSslError::CertificateExpired:
            add(tr("It has expired."));
            break;
        case QSslError::CertificateNotYetValid:
            add(tr("It is not valid yet (or this computer's clock is wrong)."));
            break;
        case QSslError::CertificateRevoked:
            add(tr("Its issuer has revoked it."));
            break;
        case QSslError::InvalidPurpose:
        case QSslError::CertificateRejected:
            add(tr("It is not meant to identify a server."));
            break;
        case QSslError::CertificateSignatureFailed:
        case QSslError::CertificateBlacklisted:
            add(tr("Its signature does not check out: it may have been tampered with."));
            break;
        default:
            add(texts.value(i, tr("It could not be verified.")));
            break;
        }
    }
    if (sentences.isEmpty()) {
        add(tr("It could not be verified."));
    }
    return sentences;
}

} // namespace Letterbox::Services
