#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Letterbox::Net {

/**
 * How a connection is secured (RFC 8314 section 3 prefers implicit TLS; STARTTLS is
 * RFC 3207 for SMTP, RFC 2595 for IMAP and POP3).
 */
enum class SecurityMode {
    ImplicitTls, ///< TLS from the first byte (993, 995, 465)
    StartTls, ///< plaintext greeting, then the session's STARTTLS/STLS and Connection::startTls()
    None, ///< no TLS at all; a password only with plaintextAllowed (the session enforces it)
};

/**
 * @short What the connection trusts: the system CAs, an account's extra CA, or one
 * pinned server certificate.
 *
 * Verification is always on: the chain must lead to a system CA or one of
 * extraCaCertificates, and the certificate must carry the Endpoint's host name. A
 * pinned SHA-256 fingerprint is the person's decision after a CertificateReport: a
 * server presenting exactly that leaf certificate is accepted whatever the chain, name
 * or dates say. The pin widens trust only; a certificate that verifies is accepted
 * whether or not it matches the pin.
 *
 * plaintextAllowed is carried here for the session (it alone knows when a password is
 * about to be sent); the Connection itself never refuses a plaintext link.
 */
struct TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)

public:
    SecurityMode mode = SecurityMode::ImplicitTls;
    QList<QSslCertificate> extraCaCertificates;
    QByteArray pinnedSha256; ///< 32 raw bytes, or empty for no pin
    bool plaintextAllowed = false;

    /**
     * Adds the certificates of the PEM file @p path to extraCaCertificates. On failure
     * (unreadable, not PEM, no certificate in it) returns false and sets @p error to a
     * sentence naming the file; the policy is then unchanged.
     */
    bool addCaFile(const QString &path, QString *error);

    /// Sets the pin from hex, with or without colons ("AB:CD:…" as CertificateReport
    /// shows it); false if it is not 32 bytes of hex.
    bool setPinnedFingerprint(const QString &hex);

    /// The raw SHA-256 digest of @p certificate's DER form, the value a pin compares.
    [[nodiscard]] static QByteArray fingerprintOf(const QSslCertificate &certificate);
    /// 32 raw bytes as upper-case hex pairs joined by colons.
    [[nodiscard]] static QString formatFingerprint(const QByteArray &sha256);
    /// The inverse of formatFingerprint (colons and spaces optional); empty if invalid.
    [[nodiscard]] static QByteArray parseFingerprint(const QString &hex);
};

} // namespace Letterbox::Net
