#pragma once

#include "store/messagerecord.h"
#include "store/status.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Letterbox::Mime {
struct ParsedMessage;
}

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/// One whole RFC 5322 message on its way into a folder of the cache.
struct RawMessage
{
    QByteArray bytes;
    std::optional<quint32> uid; ///< IMAP UID; empty for a local folder
    QByteArray uidl; ///< POP3 UIDL
    Store::MessageFlags flags;
    QStringList keywords;
    /// Arrival time (IMAP INTERNALDATE, or when POP3 downloaded it); now when invalid.
    QDateTime internalDate;
    /// Set when @ref bytes are already a committed blob under this key (a sent message
    /// leaving the outbox): the row takes that blob over instead of writing a copy.
    QString blobKey;
    /// The whole message's size when @ref bytes hold only its start: a download streamed
    /// into the blob @ref blobKey, parsed from its first megabytes (envelope, snippet).
    std::optional<qint64> size;
    /// The row fields, when they were already worked out from @ref bytes (prepare(), off
    /// the engine's thread); store() parses the bytes itself when this is empty.
    std::optional<Store::NewMessage> fields;
};

/**
 * @short Stores whole messages in the cache: blob first, durably, then the row.
 *
 * The one path by which raw mail (a POP3 download, an IMAP full-body fetch, a copy of a
 * sent message) enters the store, so every engine keeps DESIGN.md principle 3 the same
 * way: each blob is written temp → fsync → rename, and only then are the rows committed,
 * a batch in one transaction. A crash between the two leaves blobs without rows, which
 * Store::IntegrityCheck removes at the next start; never a row without its blob.
 *
 * The fields of the row (envelope, threading keys, snippet, search text) come from
 * mime/'s parser; a malformed message still gets a row with what could be read.
 */
class MessageIngest
{
public:
    explicit MessageIngest(Store::Database &database);

    /// Stores @p messages into folder @p folderId; returns the new rows' ids in order.
    Store::Result<QList<qint64>> store(qint64 folderId, const QList<RawMessage> &messages);

    /// The row fields of @p bytes: parse + fieldsOf(). Thread-safe: an engine may run it on
    /// another thread while it downloads the next messages.
    [[nodiscard]] static Store::NewMessage prepare(const QByteArray &bytes, qint64 rawSize);
    /// The row fields of a parsed message (no blob, UID or flags yet).
    [[nodiscard]] static Store::NewMessage fieldsOf(const Mime::ParsedMessage &parsed, qint64 rawSize);
    /// The first words of @p displayText on one line, for the message list.
    [[nodiscard]] static QString snippetOf(const QString &displayText);

private:
    Store::Database &m_database;
};

} // namespace Letterbox::Services
