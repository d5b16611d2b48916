#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * @file
 * The plain Qt value types the MIME layer hands to the rest of Letterbox. No GMime
 * type appears here: the store, the models and the window only ever see these.
 */
namespace Letterbox::Mime {

/**
 * @short One mailbox: a display name and an address (RFC 5322 section 3.4).
 *
 * Both strings are decoded (RFC 2047) and have control characters removed, so they
 * can be shown as they are. Group syntax (RFC 5322 section 3.4, "Team: a@x, b@y;")
 * is flattened: the members appear as ordinary addresses, an empty group as nothing.
 */
struct Address
{
    QString name;
    QString email;

    /// "Name <email>", or just the email when there is no (distinct) name. Meant for
    /// people, not for a header: nothing is quoted or encoded.
    [[nodiscard]] QString toDisplayString() const;
    [[nodiscard]] bool isEmpty() const { return name.isEmpty() && email.isEmpty(); }

    friend bool operator==(const Address &, const Address &) = default;
};

using AddressList = QList<Address>;

/// "Name <email>, other@x" for a list (see Address::toDisplayString()).
[[nodiscard]] QString toDisplayString(const AddressList &addresses);

/// One header field of the top-level header block, in message order.
struct HeaderField
{
    QString name;
    /// Decoded and unfolded, control characters removed: safe to show.
    QString value;
    /// The field body as it arrived (after the size limits), folding kept.
    QByteArray rawValue;

    friend bool operator==(const HeaderField &, const HeaderField &) = default;
};

/**
 * @short One MIME entity of a parsed message, container or leaf.
 *
 * Paths follow IMAP section numbers (RFC 3501 section 6.4.5): "1", "1.2", and for the
 * body of a message/rfc822 part "2.1" or, when that body is a multipart, "2.TEXT". The
 * top-level multipart, if any, is "TEXT". MessageParser::partContent() takes these paths.
 */
struct PartInfo
{
    QString path;
    /// Lower case, "type/subtype", e.g. "text/plain".
    QString contentType;
    /// Lower case charset parameter, empty if none.
    QString charset;
    /// Lower case disposition ("attachment", "inline"), empty if none.
    QString disposition;
    /// Sanitised (see sanitizedFileName()); a fallback name for unnamed attachments,
    /// empty for unnamed body parts and containers.
    QString fileName;
    /// Without the angle brackets; empty if none.
    QString contentId;
    /// Estimated decoded size in bytes (exact for 7bit/8bit/binary).
    qint64 size = 0;
    /// True for what a person saves: named or attachment-disposition parts and attached
    /// messages; false for containers, body text, inline images and signatures.
    bool isAttachment = false;
    /// 0 for the top-level entity, +1 per container level.
    int depth = 0;

    friend bool operator==(const PartInfo &, const PartInfo &) = default;
};

/**
 * @short Everything the window, the store and search need from one message.
 *
 * Made by MessageParser::parse(). Every string is decoded to Unicode; display strings
 * are free of control characters. Message-IDs are stored without angle brackets.
 */
struct ParsedMessage
{
    QList<HeaderField> headers;
    AddressList from;
    AddressList sender;
    AddressList replyTo;
    AddressList to;
    AddressList cc;
    AddressList bcc;
    QString subject;
    /// Invalid when the Date header is missing or unreadable.
    QDateTime date;
    QString messageId;
    /// The first Message-ID of In-Reply-To.
    QString inReplyTo;
    /// The References header, oldest first (at most Limits::maxReferences, newest kept).
    QStringList references;
    /// threadingSubject(subject): reply and forward prefixes removed.
    QString threadSubject;
    /// Every entity in tree order (pre-order), see PartInfo.
    QList<PartInfo> parts;
    /// The text to show: the text/plain alternative, or rough text made from HTML when
    /// there is only HTML; format=flowed reflowed, charset converted, LF line ends.
    QString displayText;
    /// The raw HTML of the best text/html part; empty if there is none. Not sanitised.
    QString html;
    bool hasAttachments = false;
    /// Human sentences about what was wrong or suspicious, without duplicates.
    QStringList warnings;

    /// The decoded value of the first header named @p name (case-insensitive), or a
    /// null string.
    [[nodiscard]] QString header(QStringView name) const;
    /// The parts with isAttachment set, in tree order.
    [[nodiscard]] QList<PartInfo> attachments() const;
};

} // namespace Letterbox::Mime
