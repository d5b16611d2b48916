#include "services/imap/imapsyncwindow.h"

namespace Letterbox::Services {

std::optional<QDate> ImapSyncWindow::since(int days, const QDate &today)
{
    if (days <= 0 || !today.isValid()) {
        return std::nullopt;
    }
    // "The last N days" holds today and the N - 1 days before it.
    return today.addDays(-(days - 1));
}

QByteArray ImapSyncWindow::imapDate(const QDate &date)
{
    // Not QLocale: a German system would send "Mär", which no server understands.
    static constexpr const char *s_months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QByteArray::number(date.day()) + '-' + s_months[date.month() - 1] + '-' + QByteArray::number(date.year());
}

QList<Imap::ImapSearchToken> ImapSyncWindow::searchProgram(const QDate &since)
{
    return {Imap::ImapSearchToken::atom(QByteArrayLiteral("SINCE")), Imap::ImapSearchToken::atom(imapDate(since))};
}

} // namespace Letterbox::Services
