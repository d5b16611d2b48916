#pragma once

#include <QDateTime>
#include <QString>

namespace Letterbox::Net {

/**
 * @short What a Connection measured: the figures of the inspector, `compare` and `bench`.
 *
 * Bytes are protocol bytes, counted above TLS (plaintext written to and read from the
 * TLS stream; handshake and record overhead are not included), so they compare across
 * security modes. A round trip is counted each time data arrives after the client has
 * written since the previous arrival: a pipelined flight of commands answered in several
 * TCP reads is one round trip, a command-reply-command-reply exchange is two. The
 * greeting (data before any client write) and TLS handshake messages are not round trips.
 */
struct ConnectionCounters
{
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 roundTrips = 0;
    QString tlsProtocol; ///< e.g. "TLS 1.3"; empty while unencrypted
    QString tlsCipher; ///< e.g. "TLS_AES_256_GCM_SHA384"
    QDateTime connectedAt; ///< TCP connection established
    QDateTime encryptedAt; ///< TLS handshake verified (implicit TLS or STARTTLS)
};

} // namespace Letterbox::Net
