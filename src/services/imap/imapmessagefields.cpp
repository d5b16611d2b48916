#include "services/imap/imapmessagefields.h"

#include "mime/headerdecoding.h"
#include "mime/mimetypes.h"
#include "mime/threadingkeys.h"

#include <vector>

namespace Letterbox::Services {

namespace {

/// One address as mime/ decodes it: the display name through RFC 2047.
Mime::Address decodedAddress(const Imap::ImapAddress &address)
{
    Mime::Address decoded;
    if (address.name) {
        decoded.name = Mime::decodeHeaderText(*address.name);
    }
    decoded.email = QString::fromUtf8(address.emailAddress());
    return decoded;
}

bool isSignature(const Imap::ImapBodyPart &part)
{
    return part.type == "APPLICATION"
        && (part.subtype == "PGP-SIGNATURE" || part.subtype == "PKCS7-SIGNATURE"
            || part.subtype == "X-PKCS7-SIGNATURE");
}

bool hasName(const Imap::ImapBodyPart &part)
{
    for (const auto &[name, value] : part.dispositionParameters) {
        if ((name.compare("FILENAME", Qt::CaseInsensitive) == 0 || name.startsWith("FILENAME*")) && !value.isEmpty()) {
            return true;
        }
    }
    return !part.parameter("NAME").isEmpty();
}

} // namespace

const QByteArray ImapMessageFields::referencesSection = QByteArrayLiteral("HEADER.FIELDS (REFERENCES)");

std::pair<Store::MessageFlags, QStringList> ImapMessageFields::flags(const QList<QByteArray> &flags)
{
    using Store::MessageFlag;
    static const std::pair<const char *, MessageFlag> system[] = {
        {Imap::ImapFlag::seen, MessageFlag::Seen},
        {Imap::ImapFlag::answered, MessageFlag::Answered},
        {Imap::ImapFlag::flagged, MessageFlag::Flagged},
        {Imap::ImapFlag::deleted, MessageFlag::Deleted},
        {Imap::ImapFlag::draft, MessageFlag::Draft},
    };
    Store::MessageFlags bits;
    QStringList keywords;
    for (const QByteArray &flag : flags) {
        bool known = false;
        for (const auto &[name, bit] : system) {
            if (Imap::ImapFlag::equal(flag, name)) {
                bits |= bit;
                known = true;
                break;
            }
        }
        if (!known && !Imap::ImapFlag::equal(flag, Imap::ImapFlag::recent) && !flag.startsWith('\\')) {
            keywords.append(QString::fromUtf8(flag));
        }
    }
    keywords.sort();
    keywords.removeDuplicates();
    return {bits, keywords};
}

QString ImapMessageFields::addressSummary(const QList<Imap::ImapAddress> &addresses)
{
    Mime::AddressList list;
    for (const Imap::ImapAddress &address : addresses) {
        if (address.kind == Imap::ImapAddress::Kind::Mailbox) {
            const Mime::Address decoded = decodedAddress(address);
            if (!decoded.isEmpty()) {
                list.append(decoded);
            }
        }
    }
    return Mime::toDisplayString(list);
}

bool ImapMessageFields::hasAttachments(const Imap::ImapBodyPart &body)
{
    // An explicit stack: BODYSTRUCTURE nesting is bounded by the parser, but the walk
    // should not depend on that.
    std::vector<std::pair<const Imap::ImapBodyPart *, bool>> stack {{&body, false}};
    while (!stack.empty()) {
        const auto [part, inRelated] = stack.back();
        stack.pop_back();
        if (part->isMultipart()) {
            const bool related = part->subtype == "RELATED";
            for (const Imap::ImapBodyPart &child : part->children) {
                stack.emplace_back(&child, inRelated || related);
            }
            continue;
        }
        if (isSignature(*part)) {
            continue;
        }
        if (part->disposition && *part->disposition == "ATTACHMENT") {
            return true;
        }
        if (part->type == "MESSAGE" && (part->subtype == "RFC822" || part->subtype == "GLOBAL")) {
            return true;
        }
        const bool inline_ = part->disposition && *part->disposition == "INLINE";
        if (hasName(*part) && part->type != "TEXT" && !inline_ && !inRelated) {
            return true;
        }
    }
    return false;
}

Imap::ImapFetchRequest ImapMessageFields::headerRequest(bool modSeq)
{
    Imap::ImapFetchRequest request;
    request.flags = true;
    request.internalDate = true;
    request.size = true;
    request.envelope = true;
    request.bodyStructure = true;
    request.modSeq = modSeq;
    request.sections.append({referencesSection, true, false, std::nullopt});
    return request;
}

std::optional<Store::NewMessage> ImapMessageFields::fromFetch(const Imap::ImapFetchResponse &fetch)
{
    if (!fetch.uid || !fetch.uid->isValid() || !fetch.envelope) {
        return std::nullopt;
    }
    const Imap::ImapEnvelope &envelope = *fetch.envelope;
    Store::NewMessage message;
    message.uid = fetch.uid->value;
    if (fetch.flags) {
        std::tie(message.flags, message.keywords) = flags(*fetch.flags);
    }
    message.modSeq = qint64(fetch.modSeq.value_or(0));
    if (fetch.internalDate) {
        message.internalDate = *fetch.internalDate;
    }
    if (envelope.date) {
        message.sentDate = Mime::decodeDate(*envelope.date);
    }
    message.size = qint64(fetch.size.value_or(0));
    // RFC 5322 3.6.2: the author is From; ENVELOPE repeats From as Sender when absent.
    for (const Imap::ImapAddress &address : envelope.from) {
        if (address.kind == Imap::ImapAddress::Kind::Mailbox) {
            const Mime::Address from = decodedAddress(address);
            message.fromName = from.name;
            message.fromAddress = from.email;
            break;
        }
    }
    message.toSummary = addressSummary(envelope.to);
    message.ccSummary = addressSummary(envelope.cc);
    if (envelope.subject) {
        message.subject = Mime::decodeHeaderText(*envelope.subject);
    }
    if (envelope.messageId) {
        message.messageId = Mime::firstMessageId(*envelope.messageId);
    }
    if (envelope.inReplyTo) {
        message.inReplyTo = Mime::firstMessageId(*envelope.inReplyTo);
    }
    for (const Imap::ImapFetchSection &references : fetch.sections) {
        // Servers echo the section as they like it ("HEADER.FIELDS ("References")"): any
        // header-fields section is the one asked for. Its data is "References: <a> <b>"
        // CRLF CRLF, or just the blank line.
        if (!references.section.toUpper().startsWith("HEADER.FIELDS") || !references.data) {
            continue;
        }
        QByteArray value = *references.data;
        const qsizetype colon = value.indexOf(':');
        value = colon < 0 ? QByteArray() : Mime::unfoldHeader(value.mid(colon + 1));
        message.references = Mime::extractMessageIds(value);
        break;
    }
    if (fetch.bodyStructure) {
        message.hasAttachments = hasAttachments(*fetch.bodyStructure);
    }
    message.bodyState = Store::BodyState::None;
    return message;
}

} // namespace Letterbox::Services
