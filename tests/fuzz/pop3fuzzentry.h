#pragma once

#include <QByteArray>
#include <QString>

namespace Letterbox::Fuzz {

/**
 * One fuzz iteration over the POP3 codec: the input is what a server sends.
 * 1. Pop3ReplyParser, with an expectation queue chosen by the input's first octet and
 *    small limits, fed the input whole and in chunks chosen by its second octet, must
 *    agree (same replies, same body octets, same error offset) and respect its limits.
 * 2. A Pop3Session past the greeting, CAPA and login (a scripted prefix), with a queue of
 *    STAT, UIDL, LIST, RETR, TOP, DELE, RSET, NOOP and quit(), is fed the input as the
 *    server side, then connectionLost(): every command must get exactly one final event,
 *    RetrData only between RetrStarted and RetrDone, DeletionsResult exactly once, nothing
 *    after SessionFailed or Closed, and every accepted UIDL must be 1-70 octets of
 *    0x21-0x7E.
 * Returns a description of the first broken invariant, or an empty string.
 */
QString runPop3FuzzInput(const QByteArray &data);

} // namespace Letterbox::Fuzz
