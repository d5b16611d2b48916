#pragma once

#include <QByteArray>
#include <QString>

namespace Letterbox::Fuzz {

/**
 * One fuzz iteration over the SMTP codec: the input is what a server sends.
 * 1. SmtpReplyParser fed the input whole and in chunks chosen by the input's first
 *    octet must agree (same replies, same error offset), and every reply must respect
 *    the parser's limits (code 200-559, MaxLines, MaxLineLength).
 * 2. An SmtpSession with two queued messages (and quit() requested) is fed the input as
 *    the server side, then connectionLost(): every message must get exactly one
 *    MessageResult, nothing may be sent after SessionFailed or Closed, and the session
 *    must end in Closed or Failed.
 * Returns a description of the first broken invariant, or an empty string. fuzz_smtp_reply
 * aborts on a non-empty result; tst_smtpfuzzregressions fails on it.
 */
QString runSmtpFuzzInput(const QByteArray &data);

} // namespace Letterbox::Fuzz
