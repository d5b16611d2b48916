#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

/// A certificate with its private key, for a FakeServer.
struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey key;

    [[nodiscard]] bool isNull() const { return certificate.isNull() || key.isNull(); }
};

/**
 * @short The throwaway PKI that make-test-certs generates into the build tree.
 *
 * - ca(): "Letterbox Test CA"; caFile() is its PEM file (TlsPolicy::addCaFile).
 * - server(): localhost, 127.0.0.1 and ::1, signed by the CA: verifies with the extra CA.
 * - wrongHost(): signed by the CA for mail.example.invalid only: a name mismatch.
 * - stranger(): self-signed for localhost and 127.0.0.1: an unknown issuer.
 * - expired(): signed by the CA for localhost and 127.0.0.1, valid only in January 2020.
 * A missing or unreadable file gives a null certificate or key (and a warning).
 */
class TestCertificates
{
public:
    [[nodiscard]] static QString directory();
    [[nodiscard]] static QString caFile();
    [[nodiscard]] static QSslCertificate ca();
    [[nodiscard]] static TestIdentity server();
    [[nodiscard]] static TestIdentity wrongHost();
    [[nodiscard]] static TestIdentity stranger();
    [[nodiscard]] static TestIdentity expired();

private:
    static TestIdentity load(const QString &name);
};
