#include "protocol/common/credentialredactor.h"

namespace Letterbox::Protocol {

namespace {

bool is(QStringView word, const char *name)
{
    return word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

/// An SASL step that shows nothing secret: the cancel "*", an empty response, or the
/// "=" that stands for an empty initial response.
bool harmlessSaslLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed == QLatin1String("*") || trimmed == QLatin1String("=");
}

} // namespace

QString CredentialRedactor::client(QStringView line)
{
    switch (m_protocol) {
    case WireProtocol::Imap:
        return imap(line);
    case WireProtocol::Pop3:
        return pop3(line);
    case WireProtocol::Smtp:
        return smtp(line);
    }
    return mask();
}

QString CredentialRedactor::maskedAfter(QStringView line, qsizetype keep)
{
    const QStringView rest = line.sliced(keep).trimmed();
    if (rest.isEmpty()) {
        return line.toString();
    }
    if (rest == QLatin1String("=")) {
        return line.toString(); // an empty initial response
    }
    QString kept = line.first(keep).toString();
    if (!kept.endsWith(QLatin1Char(' ')) && !kept.endsWith(QLatin1Char('\t'))) {
        kept += QLatin1Char(' ');
    }
    return kept + mask();
}

QString CredentialRedactor::imap(QStringView line)
{
    if (m_secretLines) {
        // A LOGIN literal's data, or an AUTHENTICATE response: nothing of it is shown.
        return harmlessSaslLine(line) ? line.toString() : mask();
    }
    TranscriptWords words(line);
    const std::optional<QStringView> tag = words.next();
    const std::optional<QStringView> command = words.next();
    if (!tag || !command) {
        return line.toString();
    }
    if (is(*command, "LOGIN")) {
        const std::optional<QStringView> user = words.next();
        if (!user) {
            return line.toString();
        }
        if (TranscriptWords::isLiteralMarker(*user) || words.lastWasUnterminated()) {
            // Where the user name ends is unknown: hide everything after LOGIN.
            m_secretLines = TranscriptWords::isLiteralMarker(*user);
            m_tag = tag->toString();
            return maskedAfter(line, command->data() + command->size() - line.data());
        }
        const qsizetype afterUser = words.position();
        if (TranscriptWords::endsWithLiteral(words.rest())) {
            // The password follows as a literal on the next lines.
            m_secretLines = true;
            m_tag = tag->toString();
        }
        return maskedAfter(line, afterUser);
    }
    if (is(*command, "AUTHENTICATE")) {
        const std::optional<QStringView> mechanism = words.next();
        if (!mechanism) {
            return line.toString();
        }
        m_secretLines = true;
        m_tag = tag->toString();
        return maskedAfter(line, words.position());
    }
    return line.toString();
}

QString CredentialRedactor::pop3(QStringView line)
{
    if (m_secretLines) {
        return harmlessSaslLine(line) ? line.toString() : mask();
    }
    TranscriptWords words(line);
    const std::optional<QStringView> command = words.next();
    if (!command) {
        return line.toString();
    }
    if (is(*command, "PASS")) {
        return maskedAfter(line, words.position());
    }
    if (is(*command, "APOP")) {
        // APOP name digest: the digest of the timestamp and the password.
        if (!words.next()) {
            return line.toString();
        }
        return maskedAfter(line, words.position());
    }
    if (is(*command, "AUTH")) {
        // "AUTH" alone lists the mechanisms (RFC 5034 section 4); with one it logs in.
        if (!words.next()) {
            return line.toString();
        }
        m_secretLines = true;
        return maskedAfter(line, words.position());
    }
    return line.toString();
}

QString CredentialRedactor::smtp(QStringView line)
{
    if (m_secretLines) {
        return harmlessSaslLine(line) ? line.toString() : mask();
    }
    TranscriptWords words(line);
    const std::optional<QStringView> command = words.next();
    if (!command || !is(*command, "AUTH") || !words.next()) {
        return line.toString();
    }
    m_secretLines = true;
    return maskedAfter(line, words.position());
}

void CredentialRedactor::server(QStringView line)
{
    if (!m_secretLines) {
        return;
    }
    switch (m_protocol) {
    case WireProtocol::Imap: {
        // Continuations ("+ ...") and untagged data go on; the tagged reply (or BYE) ends it.
        TranscriptWords words(line);
        const std::optional<QStringView> tag = words.next();
        if (!tag || *tag == QLatin1String("+")) {
            return;
        }
        if (*tag == QLatin1String("*")) {
            const std::optional<QStringView> status = words.next();
            if (status && is(*status, "BYE")) {
                m_secretLines = false;
            }
            return;
        }
        // Only the exchange's own reply ends it: a reply to a command pipelined before it
        // may arrive between the AUTHENTICATE line and its responses.
        if (m_tag.isEmpty() || *tag == m_tag) {
            m_secretLines = false;
            m_tag.clear();
        }
        return;
    }
    case WireProtocol::Pop3:
    case WireProtocol::Smtp:
        if (isFinalSaslReply(m_protocol, line)) {
            m_secretLines = false;
        }
        return;
    }
}

} // namespace Letterbox::Protocol
