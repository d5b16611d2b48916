#pragma once

#include "mime/messagebuilder.h"
#include "mime/mimetypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Letterbox::Mime {

/**
 * @short Starts a reply, reply-all or forward of a message as a MessageBuilder.
 *
 * Replies follow RFC 5322 section 3.6.4: In-Reply-To is the original Message-ID and
 * References its References (or In-Reply-To) plus that ID, trimmed to the first and the
 * newest ones (maxReplyReferences) so the header stays short. The recipient is the
 * Mail-Reply-To, else the Reply-To, else the From; replying to one's own message goes to
 * its To. Reply-all goes to the Mail-Followup-To when there is one (the author asked
 * where the discussion goes: draft-ietf-drums-mail-followup-to, as Mutt and Thunderbird
 * read it), else adds the original To and Cc; always minus the user's own addresses and
 * duplicates. Reply-to-list goes to the RFC 2369 List-Post address. The subject
 * gets one "Re: " (or "Fwd: "), whatever prefixes it had. The body quotes the original
 * text under "On DATE, NAME wrote:" with "> " prefixes (RFC 3676 section 4.5 quoting).
 * Forwarding inline copies the text under a "-------- Forwarded Message --------"
 * block and re-attaches the attachments; forwarding as attachment attaches the
 * original unchanged as message/rfc822 (RFC 2046 section 5.2.1).
 */
class ReplyBuilder
{
public:
    static constexpr int maxReplyReferences = 20;

    static MessageBuilder reply(
        const ParsedMessage &original, const Address &from, const QStringList &ownAddresses = QStringList());
    static MessageBuilder replyAll(
        const ParsedMessage &original, const Address &from, const QStringList &ownAddresses = QStringList());
    /// To the mailing list the message came through (List-Post), else its Mail-Followup-To;
    /// nothing when it names neither (not a list message, or "List-Post: NO").
    static std::optional<MessageBuilder> replyToList(
        const ParsedMessage &original, const Address &from, const QStringList &ownAddresses = QStringList());
    static MessageBuilder forwardInline(const QByteArray &originalRfc5322, const Address &from);
    static MessageBuilder forwardAsAttachment(const QByteArray &originalRfc5322, const Address &from);

    /**
     * "Edit as New" and reopening a draft: the message's recipients (Bcc too: a draft
     * keeps it, see MessageBuilder::setKeepsBcc), Reply-To, subject, text and attachments
     * (an HTML-only message's text as its plain text). With @p keepIdentity (a draft) its
     * Message-ID, In-Reply-To and References stay, so the reply it was keeps threading and
     * the next save replaces it, and so does its HTML (the composer's own rich text);
     * otherwise it is a new message with none of them.
     */
    static MessageBuilder editAsNew(const QByteArray &originalRfc5322, bool keepIdentity = false);
    /// The List-Post address of @p original (RFC 2369 section 3.4), empty when none.
    static QString listPostAddress(const ParsedMessage &original);

    /// "Re: " + the subject without its leading reply prefixes ("Re:", "RE:", "AW:",
    /// "Re[2]:"); other prefixes stay ("Re: Fwd: x").
    static QString replySubject(const QString &subject);
    /// "Fwd: " + the subject without its leading forward prefixes.
    static QString forwardSubject(const QString &subject);
    /// The attribution line and the original's display text, quoted.
    static QString quotedText(const ParsedMessage &original);
    /// The References for a reply to @p original.
    static QStringList replyReferences(const ParsedMessage &original);
};

} // namespace Letterbox::Mime
