#pragma once

#include "protocol/imap/imapencoder.h"
#include "protocol/imap/imapresponse.h"
#include "store/messagerecord.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace Letterbox::Services {

/**
 * @short What a header sync stores for one message, read from its FETCH alone: ENVELOPE,
 * BODYSTRUCTURE, FLAGS, INTERNALDATE, RFC822.SIZE, MODSEQ and the References header.
 *
 * Pure functions, so the mapping is tested without a server. Text is decoded by mime/
 * (RFC 2047 in subjects and display names, Message-IDs without angle brackets), exactly as
 * MessageParser reads the same headers from a whole message, so a row written by a header
 * sync and one written from the body agree. ENVELOPE has no References (RFC 9051 7.5.2):
 * the sync asks for BODY.PEEK[HEADER.FIELDS (REFERENCES)] beside it, which costs a few
 * dozen bytes per message and gives the threading index the whole chain at once.
 */
class ImapMessageFields
{
public:
    /// The section the sync fetches for References, as ImapFetchRequest::Section::section.
    static const QByteArray referencesSection;

    /// What a header row needs: FLAGS, INTERNALDATE, RFC822.SIZE, ENVELOPE, BODYSTRUCTURE
    /// and the References section; MODSEQ too when @p modSeq.
    [[nodiscard]] static Imap::ImapFetchRequest headerRequest(bool modSeq = false);
    /// The row of a FETCH that carries at least UID and ENVELOPE; nothing otherwise.
    [[nodiscard]] static std::optional<Store::NewMessage> fromFetch(const Imap::ImapFetchResponse &fetch);
    /// System flags as bits, every other flag as a keyword (\\Recent is session state: dropped).
    [[nodiscard]] static std::pair<Store::MessageFlags, QStringList> flags(const QList<QByteArray> &flags);
    /// "Name <address>, other@example.org" of an ENVELOPE address list; groups flattened.
    [[nodiscard]] static QString addressSummary(const QList<Imap::ImapAddress> &addresses);
    /**
     * Whether a person would see an attachment: a part with disposition ATTACHMENT, a named
     * leaf that is not inline text or a signature, or an attached message — the same rule as
     * Mime::PartInfo::isAttachment, read from BODYSTRUCTURE instead of the body.
     */
    [[nodiscard]] static bool hasAttachments(const Imap::ImapBodyPart &body);
};

} // namespace Letterbox::Services
