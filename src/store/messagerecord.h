#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace Letterbox::Store {

/// The system flags of RFC 9051 section 2.3.2, stored as a bitmask (other keywords are text).
enum class MessageFlag : quint32 {
    Seen = 0x1,
    Answered = 0x2,
    Flagged = 0x4,
    Deleted = 0x8,
    Draft = 0x10,
};
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlags)

/// How much of a message's raw bytes the cache holds.
enum class BodyState {
    None = 0, ///< headers only (what an IMAP header sync stores)
    Partial = 1, ///< some parts (the text needed to show it), not the attachments
    Full = 2, ///< the whole RFC 5322 message is in the blob
    Evicted = 3, ///< was cached, dropped by the size limit; headers and snippet kept
    Missing = 4, ///< the row pointed to a blob that IntegrityCheck did not find
};

/**
 * @short A message as an engine hands it to MessageStore::insert().
 *
 * Every field is already extracted (by mime/ or from IMAP ENVELOPE); the store parses
 * nothing. A blob, when given, must already be committed by BlobStore.
 */
struct NewMessage
{
    /// IMAP UID; left empty for a local folder, where the store assigns one.
    std::optional<quint32> uid;
    /// POP3 UIDL, exact bytes; only ever compared, never used as a name.
    QByteArray uidl;
    qint64 modSeq = 0;
    MessageFlags flags;
    QStringList keywords;
    QDateTime internalDate; ///< the message list's "Date" sort: arrival, which a sender cannot forge
    QDateTime sentDate; ///< the Date header
    qint64 size = 0; ///< RFC822.SIZE, or the blob's size
    QString fromName;
    QString fromAddress;
    QString toSummary; ///< for display and search, e.g. "Bob <bob@example.org>, carol@example.org"
    QString ccSummary;
    QString subject;
    QString messageId; ///< with or without the angle brackets
    QString inReplyTo;
    QStringList references; ///< oldest first, as in the header
    QString snippet;
    bool hasAttachments = false;
    BodyState bodyState = BodyState::None;
    QString blobKey;
    qint64 blobSize = 0;
    /// The readable text for the full-text index (not stored otherwise).
    QString bodyText;
};

/// One row of the messages table, as the message list and the reader see it.
struct MessageRecord
{
    qint64 id = 0;
    qint64 folderId = 0;
    qint64 threadId = 0;
    quint32 uidValidity = 0;
    std::optional<quint32> uid; ///< empty while a local move waits for the server's UID
    QByteArray uidl;
    qint64 modSeq = 0;
    MessageFlags flags;
    QStringList keywords;
    QDateTime internalDate;
    QDateTime sentDate;
    qint64 size = 0;
    QString fromName;
    QString fromAddress;
    QString toSummary;
    QString ccSummary;
    QString subject;
    QString messageId;
    QString inReplyTo;
    QStringList references;
    QString snippet;
    bool hasAttachments = false;
    BodyState bodyState = BodyState::None;
    QString blobKey;
    qint64 blobSize = 0;
    QDateTime lastAccess;

    [[nodiscard]] bool isUnread() const { return !flags.testFlag(MessageFlag::Seen); }
};

} // namespace Letterbox::Store
