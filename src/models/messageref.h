#pragma once

#include <QList>
#include <QtGlobal>

namespace Letterbox::Models {

/// A message (or folder) of one account: the account's index in AccountCaches and the
/// store row id in that account's cache. Row ids are only unique within one cache.
struct MessageRef
{
    int account = -1;
    qint64 id = 0;

    [[nodiscard]] bool isValid() const { return account >= 0 && id > 0; }
    friend bool operator==(const MessageRef &, const MessageRef &) = default;
};

/**
 * MessageRef packed into 8 bytes — account in the top 15 bits, row id in the low 48 —
 * so the message list keeps one qint64 per row however many accounts it shows (SQLite
 * row ids of one cache stay far below 2^48). The folder tree uses it for folder ids too.
 */
namespace RowKey {

constexpr int s_idBits = 48;
constexpr qint64 s_idMask = (qint64(1) << s_idBits) - 1;

constexpr qint64 pack(int account, qint64 id)
{
    return (qint64(account) << s_idBits) | (id & s_idMask);
}
constexpr int account(qint64 key)
{
    return int(key >> s_idBits);
}
constexpr qint64 id(qint64 key)
{
    return key & s_idMask;
}
inline MessageRef ref(qint64 key)
{
    return MessageRef {account(key), id(key)};
}

} // namespace RowKey

} // namespace Letterbox::Models
