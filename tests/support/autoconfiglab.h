#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/**
 * @short A private DNS server (Debian's dnsmasq) and HTTPS server (python3 with the
 * ssl module) on one loopback address, for the autoconfiguration tests.
 *
 * The test declares A, SRV and MX records and documents, then start() writes a
 * dnsmasq config (authoritative for .test, no upstream, no /etc/hosts), a throwaway
 * CA with one certificate naming every document host, and starts both servers in the
 * foreground as child processes; stop() (and the destructor) ends exactly those PIDs,
 * with bounded waits. Nothing of the machine's resolver configuration is touched:
 * the code under test is pointed at address() with AutoconfigOptions::nameserver.
 *
 * Qt's QDnsLookup always asks port 53, so dnsmasq must bind address():53 (root, and
 * the address free); HTTPS uses 443 there, as the real sources do. Choose an address
 * per lab port base so parallel test runs do not collide.
 */
class AutoconfigLab
{
public:
    explicit AutoconfigLab(const QHostAddress &address);
    ~AutoconfigLab();
    AutoconfigLab(const AutoconfigLab &) = delete;
    AutoconfigLab &operator=(const AutoconfigLab &) = delete;

    void addHost(const QString &name, const QString &ip);
    /// @p target empty: the RFC 2782 "." record, the service is not offered.
    void addSrv(const QString &service, const QString &target, quint16 port, int priority = 0, int weight = 0);
    void addMx(const QString &domain, const QString &exchange, int preference = 10);
    /// Served at https://<host><path>; the host gets an A record for address().
    void addDocument(const QString &host, const QString &path, const QByteArray &content);

    [[nodiscard]] bool start(QString *error);
    void stop();

    [[nodiscard]] QHostAddress address() const { return m_address; }
    [[nodiscard]] QList<QSslCertificate> caCertificates() const;
    [[nodiscard]] QString caFile() const;
    /// "host path?query" of every HTTPS request so far, in order.
    [[nodiscard]] QStringList requests() const;
    /// dnsmasq's query log, for a failure message.
    [[nodiscard]] QString dnsLog() const;

    /// 127.<base / 1000>.0.53 for a lab port base: one address per parallel test run.
    [[nodiscard]] static QHostAddress addressForPortBase(int portBase);

private:
    bool makeCertificates(QString *error);
    bool startDns(QString *error);
    bool startHttps(QString *error);
    static void stopProcess(QProcess &process);

    QHostAddress m_address;
    QTemporaryDir m_dir;
    QStringList m_dnsLines;
    QStringList m_documentHosts;
    QProcess m_dns;
    QProcess m_https;
};
