#pragma once

namespace Letterbox::Net {

/**
 * @short How long a Connection waits, in milliseconds.
 *
 * - connect: from connectToServer() until the connection is usable (TCP up and, for
 *   implicit TLS, the handshake verified); also bounds a STARTTLS handshake.
 * - read: while the client has written and no byte has come back. Every byte that
 *   arrives disarms it and the next write arms it again; progress of a long upload
 *   (bytes leaving the socket) re-arms it, so a slow 20 MB DATA is not a timeout.
 * - idle: nothing at all in either direction; 0 turns it off (an IMAP IDLE engine sets
 *   it above its 29-minute re-IDLE instead).
 * A value <= 0 for connect or read turns that timer off too.
 */
struct Timeouts
{
    int connectMs = 30'000;
    int readMs = 60'000;
    int idleMs = 0;
};

} // namespace Letterbox::Net
