#pragma once

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>

namespace Letterbox::Services {

/**
 * @short What autoconfiguration may use besides the system's own: a name server, CAs,
 * time limits. The defaults are the real thing (system resolver, system CAs,
 * standard ports); tests point them at a private dnsmasq and HTTPS server on loopback
 * without touching the machine's configuration.
 *
 * - nameserver: when set, every name (SRV, MX, and the A records of every host
 *   autoconfiguration connects to, HTTPS included) is looked up there with QDnsLookup,
 *   and connections dial the address found while certificates are still checked
 *   against the name. Qt 6.4 always asks port 53 of it.
 * - extraCaCertificates: trusted for the HTTPS look-ups and the probes, besides the
 *   system's.
 * - probePortOffset: added to every port the probe tries (993 → offset + 993), so a
 *   lab on high ports can stand in for the standard ones; 0 in real use.
 * - Each source is bounded: sourceTimeoutMs for one HTTPS fetch or DNS query,
 *   probeTimeoutMs for one capability check (connect plus a few replies).
 */
struct AutoconfigOptions
{
    QHostAddress nameserver;
    QList<QSslCertificate> extraCaCertificates;
    quint16 probePortOffset = 0;
    int sourceTimeoutMs = 10'000;
    int probeTimeoutMs = 8'000;
    bool probe = true; ///< false: stop after the MX source (never connect to guessed hosts)
};

} // namespace Letterbox::Services
