#pragma once

#include "services/account/connectiontest.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace Letterbox::Net {
struct CertificateReport;
}

namespace Letterbox::Services {

/// Which server of an account a certificate belongs to.
enum class AccountServer { Incoming, Outgoing };

/// How the person accepted a certificate (MailSession::acceptCertificate()).
enum class CertificateTrust {
    Once, ///< for this run of the program only; asked again after a restart
    Always, ///< pinned in the account's settings for that host and port
};

/**
 * @short A connection refused because the server's certificate is not trusted, as the
 * window's certificate dialog shows it: which account and server, the certificate, and
 * the pin it was held against when one was set (then the certificate has CHANGED, the
 * loud case of issue 7).
 */
struct CertificateRefusal
{
    QString account;
    AccountServer server = AccountServer::Incoming;
    QString host;
    quint16 port = 0;
    CertificateSummary certificate;
    QByteArray pinnedSha256; ///< the pin the connection carried; empty when none was set

    /// A pin was set and this certificate is another one.
    [[nodiscard]] bool pinChanged() const { return !pinnedSha256.isEmpty() && pinnedSha256 != certificate.sha256; }
};

/// Turns the connection layer's report into what a person is shown (errors in plain words).
class CertificateWords
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::CertificateWords)

public:
    [[nodiscard]] static CertificateSummary summaryOf(const Net::CertificateReport &report);
    /// One sentence per problem, for someone who does not know what a CA is.
    [[nodiscard]] static QStringList plainProblems(const QList<QSslError::SslError> &errors, const QStringList &texts);
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::CertificateRefusal)
