#include "mime/headerdecoding.h"

#include "mime/gmimeglue_p.h"
#include "mime/mimelimits.h"
#include "mime/spoofingcheck.h"
#include "mime/structureguard_p.h"

#include <vector>

namespace Letterbox::Mime {

namespace {

// What GMime may safely be given: bounded, without NUL (its C strings would end
// there) and with the quadratic patterns defused (see structureguard_p.h).
QByteArray prepared(const QByteArray &raw, bool addressField)
{
    QByteArray value = raw.left(Limits::maxHeaderFieldBytes);
    if (value.contains('\0')) {
        value.replace(QByteArrayView("\0", 1), QByteArrayView("\xEF\xBF\xBD"));
    }
    bool changed = false;
    if (addressField) {
        value = Internal::guardAddressField(value, &changed);
    }
    // Defusing inserts blanks: cut again so the bound holds for the result.
    return Internal::guardEncodedWords(value, &changed).left(Limits::maxHeaderFieldBytes);
}

QString cleaned(const char *utf8)
{
    return SpoofingCheck::cleanDisplayString(Internal::fromUtf8(utf8)).trimmed();
}

void appendMailboxes(InternetAddressList *list, AddressList *result)
{
    // Groups cannot nest after guardAddressField(), but walk with an explicit
    // stack anyway: the depth of this loop never depends on the input.
    std::vector<std::pair<InternetAddressList *, int>> stack {{list, 0}};
    while (!stack.empty() && result->size() < Limits::maxAddressesPerField) {
        auto &[current, index] = stack.back();
        if (index >= internet_address_list_length(current)) {
            stack.pop_back();
            continue;
        }
        InternetAddress *address = internet_address_list_get_address(current, index++);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            InternetAddressList *members = internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address));
            if (members) {
                stack.emplace_back(members, 0);
            }
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(address)) {
            continue;
        }
        Address entry;
        entry.name = cleaned(internet_address_get_name(address));
        entry.email = cleaned(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
        if (!entry.isEmpty()) {
            result->append(entry);
        }
    }
}

} // namespace

QByteArray unfoldHeader(const QByteArray &raw)
{
    QByteArray unfolded;
    unfolded.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') {
            continue;
        }
        if (c == '\n') {
            continue;
        }
        unfolded.append(c);
    }
    return unfolded.trimmed();
}

QString decodeHeaderText(const QByteArray &raw)
{
    const QByteArray value = unfoldHeader(prepared(raw, false));
    if (value.isEmpty()) {
        return QString();
    }
    Internal::GCharPtr decoded(g_mime_utils_header_decode_text(Internal::sharedParserOptions(), value.constData()));
    return cleaned(decoded.get());
}

AddressList decodeAddressList(const QByteArray &raw)
{
    const QByteArray value = unfoldHeader(prepared(raw, true));
    AddressList result;
    if (value.isEmpty()) {
        return result;
    }
    Internal::GObjectPtr<InternetAddressList> list(
        internet_address_list_parse(Internal::sharedParserOptions(), value.constData()));
    if (list) {
        appendMailboxes(list.get(), &result);
    }
    return result;
}

AddressList parseAddressList(const QString &text)
{
    return decodeAddressList(text.toUtf8());
}

QDateTime decodeDate(const QByteArray &raw)
{
    const QByteArray value = unfoldHeader(prepared(raw, false));
    if (value.isEmpty()) {
        return QDateTime();
    }
    Internal::ensureGMimeInitialised();
    GDateTime *parsed = g_mime_utils_header_decode_date(value.constData());
    if (!parsed) {
        return QDateTime();
    }
    const qint64 seconds = g_date_time_to_unix(parsed);
    const int offset = int(g_date_time_get_utc_offset(parsed) / G_TIME_SPAN_SECOND);
    g_date_time_unref(parsed);
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offset);
}

} // namespace Letterbox::Mime
