#pragma once

#include "protocol/imap/imapencoder.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Letterbox::Services {

/**
 * @short The IMAP sync window of a very large account (the account key imap-sync-days):
 * only messages that arrived in the last N days get their headers cached.
 *
 * "Arrived" is the server's INTERNALDATE, which SEARCH SINCE compares by date alone, in
 * the server's time zone (RFC 9051 6.4.4), so the window's edge is a day, not an hour.
 */
class ImapSyncWindow
{
public:
    /// The first day of a window of @p days ending on @p today; none for 0 (every message).
    [[nodiscard]] static std::optional<QDate> since(int days, const QDate &today);
    /// RFC 9051 date-text, "7-Feb-2026": English month names whatever the locale.
    [[nodiscard]] static QByteArray imapDate(const QDate &date);
    /// The search program of the window: SINCE date.
    [[nodiscard]] static QList<Imap::ImapSearchToken> searchProgram(const QDate &since);
};

} // namespace Letterbox::Services
