#pragma once

#include "store/cachedcopies.h"

#include <QList>
#include <QString>

#include <optional>

namespace Letterbox::Services {

/**
 * @short When a message the other protocol announces is one the cache already holds: the
 * matching rule of a POP3 ↔ IMAP switch (docs/ARCHITECTURE.md "Switching between POP3
 * and IMAP"). Pure functions, table-tested in tests/unit/services/tst_messageidentity.
 *
 * Both protocols tell the size before the body: IMAP RFC822.SIZE, POP3 LIST. Both tell
 * the Message-ID before the body: IMAP ENVELOPE, POP3 TOP n 0. A message is the same when
 * its Message-ID (normalized: no angle brackets or white space) and its size in octets
 * are both equal. The size catches the usual "same Message-ID, different message": a
 * mailing list's copy with its footer, a copy a server rewrote, a resent message.
 *
 * - No Message-ID: never the same as anything. Subject, sender and date of two automated
 *   notices can agree to the second while their bodies differ, and a wrong match would
 *   show one message's body under another's headers; such a message is downloaded again,
 *   which costs bytes and never mail.
 * - The same (Message-ID, size) more than once (a message delivered twice): paired one to
 *   one in order, so two copies on the server take over at most two cached rows, and a
 *   third copy is downloaded.
 */
class MessageIdentity
{
public:
    struct Key
    {
        QString messageId;
        qint64 size = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };

    /// The key of a message, or nothing when it has no Message-ID (or no size).
    [[nodiscard]] static std::optional<Key> key(const QString &messageId, qint64 size);

    /**
     * Pairs each of @p incoming (in order) with at most one of @p candidates of the same
     * key, each candidate used at most once, earliest first. Returns, per incoming
     * message, the id of the cached row that takes it over, or nothing.
     */
    [[nodiscard]] static QList<std::optional<qint64>> pair(
        const QList<std::optional<Key>> &incoming, const QList<Store::CachedCopy> &candidates);
};

} // namespace Letterbox::Services
