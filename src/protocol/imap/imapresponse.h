#pragma once

#include "protocol/imap/imaplexer.h"
#include "protocol/imap/imaptypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace Letterbox::Imap {

/// OK, NO, BAD (tagged or untagged), PREAUTH and BYE (untagged only): RFC 9051 section 7.1.
enum class ImapStatus { Ok, No, Bad, PreAuth, Bye };

/**
 * @short A response code: the bracketed "[...]" at the start of a status text (RFC 9051 7.1).
 *
 * Known codes are typed; any other is kept as Kind::Other with its name and raw argument, so
 * a session can still act on it (and a transcript show it).
 */
struct ImapResponseCode
{
    enum class Kind {
        None,
        Alert, ///< RFC 9051 7.1: text to show to a person
        Capability, ///< RFC 9051 7.1: capabilities after greeting/login
        UidValidity, ///< RFC 9051 7.1
        UidNext, ///< RFC 9051 7.1
        Unseen, ///< RFC 3501 7.1 (gone in RFC 9051, still sent by servers)
        HighestModSeq, ///< RFC 7162 3.1.2.1
        NoModSeq, ///< RFC 7162 3.1.2.2
        PermanentFlags, ///< RFC 9051 7.1
        ReadOnly, ///< RFC 9051 7.1
        ReadWrite, ///< RFC 9051 7.1
        TryCreate, ///< RFC 9051 7.1
        AppendUid, ///< RFC 4315 3
        CopyUid, ///< RFC 4315 3
        Closed, ///< RFC 7162 3.2.11
        Other, ///< anything else: name and raw argument
    };

    Kind kind = Kind::None;
    QByteArray name; ///< the code's atom, upper-cased ("UIDNEXT")
    QByteArray argument; ///< the raw text after the name, up to "]"
    quint64 number = 0; ///< UidValidity, UidNext, Unseen, HighestModSeq; AppendUid/CopyUid: UIDVALIDITY
    QList<QByteArray> list; ///< Capability (upper-cased), PermanentFlags
    ImapSequenceSet sourceUids; ///< CopyUid: the source UIDs
    ImapSequenceSet uids; ///< AppendUid: the new UID(s); CopyUid: the destination UIDs
};

/// A status response: tagged or untagged OK/NO/BAD, and the untagged greeting PREAUTH and BYE.
struct ImapStatusResponse
{
    QByteArray tag; ///< empty for untagged ("*") responses
    ImapStatus status = ImapStatus::Ok;
    ImapResponseCode code;
    QByteArray text; ///< the human-readable text after the code, as sent

    [[nodiscard]] bool isTagged() const { return !tag.isEmpty(); }
};

/// "+ text": the server waits for the rest of a command (RFC 9051 7.5); text is base64 for SASL.
struct ImapContinuationRequest
{
    QByteArray text;
};

/// "* CAPABILITY ..." (RFC 9051 7.2.2); capabilities are upper-cased.
struct ImapCapabilityResponse
{
    QList<QByteArray> capabilities;
    [[nodiscard]] bool has(QByteArrayView capability) const;
};

/// "* ENABLED ..." (RFC 5161 3.2); upper-cased.
struct ImapEnabledResponse
{
    QList<QByteArray> capabilities;
};

/// A folder's special use (RFC 6154), from LIST attributes.
enum class ImapSpecialUse { None, All, Archive, Drafts, Flagged, Junk, Sent, Trash, Important };

/// "* LIST" / "* LSUB" (RFC 9051 7.3.1, RFC 3501 7.2.3, RFC 5258 extended data, RFC 6154).
struct ImapListResponse
{
    enum Attribute : quint32 {
        NoSelect = 1u << 0,
        NoInferiors = 1u << 1,
        HasChildren = 1u << 2,
        HasNoChildren = 1u << 3,
        Marked = 1u << 4,
        Unmarked = 1u << 5,
        NonExistent = 1u << 6,
        Subscribed = 1u << 7,
        Remote = 1u << 8,
    };

    bool lsub = false;
    QList<QByteArray> attributes; ///< as sent ("\HasNoChildren", "\Sent")
    quint32 flags = 0; ///< the known attributes above
    ImapSpecialUse specialUse = ImapSpecialUse::None;
    char delimiter = '\0'; ///< '\0' for NIL (a flat namespace)
    QByteArray mailboxWire; ///< the name as sent (what commands must use again)
    QString mailbox; ///< decoded (modified UTF-7 or UTF-8)
    QList<std::pair<QByteArray, ImapValue>> extendedData; ///< e.g. ("CHILDINFO", (...)), ("OLDNAME", (...))

    [[nodiscard]] bool has(Attribute attribute) const { return (flags & attribute) != 0; }
};

/// "* STATUS mailbox (...)" (RFC 9051 7.3.4, RFC 7162 HIGHESTMODSEQ).
struct ImapStatusDataResponse
{
    QByteArray mailboxWire;
    QString mailbox;
    std::optional<quint64> messages, recent, uidNext, uidValidity, unseen, deleted, size, highestModSeq;
};

/// "* n EXISTS" (RFC 9051 7.4.1).
struct ImapExistsResponse
{
    quint32 count = 0;
};

/// "* n RECENT" (RFC 3501 7.3.2).
struct ImapRecentResponse
{
    quint32 count = 0;
};

/// "* n EXPUNGE" (RFC 9051 7.5.1): a sequence number.
struct ImapExpungeResponse
{
    quint32 sequence = 0;
};

/// "* FLAGS (...)" (RFC 9051 7.3.5).
struct ImapFlagsResponse
{
    QList<QByteArray> flags;
};

/// "* SEARCH ..." (RFC 3501 7.2.5) with CONDSTORE's "(MODSEQ n)" (RFC 7162 3.1.5).
struct ImapSearchResponse
{
    QList<quint32> numbers; ///< UIDs for UID SEARCH, sequence numbers otherwise
    std::optional<quint64> modSeq;
};

/// "* ESEARCH (TAG "x") UID MIN n MAX n COUNT n ALL set" (RFC 4731, RFC 9051 7.3.4).
struct ImapEsearchResponse
{
    QByteArray tag; ///< the command it answers, if the server said
    bool uid = false;
    std::optional<quint32> min, max;
    std::optional<quint64> count, modSeq;
    std::optional<ImapSequenceSet> all;
};

/// "* VANISHED [(EARLIER)] uids" (RFC 7162 3.2.10): expunged UIDs.
struct ImapVanishedResponse
{
    bool earlier = false;
    ImapSequenceSet uids;
};

/**
 * @short One address of an ENVELOPE (RFC 9051 7.5.2 "address").
 *
 * RFC 9051 writes a group as a pseudo-address whose host is NIL and whose mailbox is the group
 * name, the group's members, then one with mailbox and host both NIL. They are kept in order,
 * marked by kind, so the caller can rebuild "Group: a, b;".
 */
struct ImapAddress
{
    enum class Kind { Mailbox, GroupStart, GroupEnd };
    Kind kind = Kind::Mailbox;
    std::optional<QByteArray> name; ///< raw (may hold RFC 2047 words: decoded by mime/)
    std::optional<QByteArray> adl;
    std::optional<QByteArray> mailbox; ///< local part, or the group's name for GroupStart
    std::optional<QByteArray> host;

    /// "mailbox@host", or empty when either is missing.
    [[nodiscard]] QByteArray emailAddress() const;
};

/// ENVELOPE (RFC 9051 7.5.2): raw header values, decoded later by mime/.
struct ImapEnvelope
{
    std::optional<QByteArray> date, subject;
    QList<ImapAddress> from, sender, replyTo, to, cc, bcc;
    std::optional<QByteArray> inReplyTo, messageId;
};

/**
 * @short BODYSTRUCTURE / BODY (RFC 9051 7.5.2, "body"): a tree of parts.
 *
 * Types and parameter names are upper-cased (they are case-insensitive). Extension data is
 * read when present and tolerated when not; anything beyond what RFC 9051 defines is
 * skipped. A message/rfc822 part has its envelope and its one child, the enclosed message's body.
 */
struct ImapBodyPart
{
    QByteArray type; ///< "TEXT", "MULTIPART", ...
    QByteArray subtype; ///< "PLAIN", "MIXED", ...
    QList<std::pair<QByteArray, QByteArray>> parameters; ///< names upper-cased, values raw
    std::optional<QByteArray> id, description;
    QByteArray encoding; ///< upper-cased ("BASE64"); empty for multiparts
    quint64 size = 0; ///< octets of the encoded body
    std::optional<quint64> lines; ///< text/* and message/rfc822
    std::optional<ImapEnvelope> envelope; ///< message/rfc822 (and message/global)
    std::vector<ImapBodyPart> children; ///< multipart parts, or the enclosed message's body

    // Extension data (absent in BODY, optional in BODYSTRUCTURE).
    std::optional<QByteArray> md5;
    std::optional<QByteArray> disposition; ///< upper-cased ("ATTACHMENT")
    QList<std::pair<QByteArray, QByteArray>> dispositionParameters;
    QList<QByteArray> language;
    std::optional<QByteArray> location;

    [[nodiscard]] bool isMultipart() const { return type == "MULTIPART"; }
    [[nodiscard]] QByteArray parameter(QByteArrayView name) const;
    /**
     * The part at the IMAP section path @p section ("1.2"; "" or "1" of a non-multipart is
     * the root), following RFC 9051 6.4.5's numbering; nullptr when there is none.
     */
    [[nodiscard]] const ImapBodyPart *part(QByteArrayView section) const;
};

/// One BODY[section]<origin> or BINARY[section] item of a FETCH (RFC 9051 7.5.2).
struct ImapFetchSection
{
    QByteArray section; ///< as sent between the brackets, e.g. "HEADER", "1.2", "HEADER.FIELDS (DATE)"
    std::optional<quint64> origin; ///< "<n>": the offset of a partial fetch
    std::optional<QByteArray> data; ///< NIL is nullopt
    bool binary = false; ///< BINARY[...] (RFC 3516)
};

/// "* n FETCH (...)" (RFC 9051 7.5.2, RFC 7162 MODSEQ): only the items the server sent are set.
struct ImapFetchResponse
{
    quint32 sequence = 0;
    std::optional<ImapUid> uid;
    std::optional<QList<QByteArray>> flags;
    std::optional<quint64> modSeq;
    std::optional<QDateTime> internalDate; ///< UTC offset kept
    std::optional<quint64> size; ///< RFC822.SIZE
    std::optional<ImapEnvelope> envelope;
    std::optional<ImapBodyPart> bodyStructure; ///< BODYSTRUCTURE or the non-extensible BODY
    QList<ImapFetchSection> sections;
    std::optional<quint64> binarySize; ///< BINARY.SIZE[...] (the last one)
    QList<std::pair<QByteArray, ImapValue>> otherItems; ///< items Letterbox does not know

    /// The section whose name is @p name (case-insensitive), or nullptr.
    [[nodiscard]] const ImapFetchSection *section(QByteArrayView name) const;
};

/// "* NAMESPACE" (RFC 2342, RFC 9051 7.3.2).
struct ImapNamespace
{
    QByteArray prefix;
    char delimiter = '\0';
};

struct ImapNamespaceResponse
{
    QList<ImapNamespace> personal, otherUsers, shared;
};

/// "* ID (...)" (RFC 2971 3.2); NIL gives an empty list.
struct ImapIdResponse
{
    QList<std::pair<QByteArray, std::optional<QByteArray>>> fields;
};

/**
 * @short A well-formed response Letterbox does not handle ("* XFOO ...", "* 3 XBAR").
 *
 * Kept rather than refused, so an unknown extension never fails the connection.
 */
struct ImapUnhandledResponse
{
    QByteArray name; ///< the response's name atom, upper-cased
    QByteArray frame; ///< the whole response as received
};

using ImapResponse = std::variant<ImapStatusResponse, ImapContinuationRequest, ImapCapabilityResponse,
    ImapEnabledResponse, ImapListResponse, ImapStatusDataResponse, ImapExistsResponse, ImapRecentResponse,
    ImapExpungeResponse, ImapFlagsResponse, ImapSearchResponse, ImapEsearchResponse, ImapVanishedResponse,
    ImapFetchResponse, ImapNamespaceResponse, ImapIdResponse, ImapUnhandledResponse>;

} // namespace Letterbox::Imap
