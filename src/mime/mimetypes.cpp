#include "mime/mimetypes.h"

namespace Letterbox::Mime {

QString Address::toDisplayString() const
{
    if (name.isEmpty() || name.compare(email, Qt::CaseInsensitive) == 0) {
        return email;
    }
    if (email.isEmpty()) {
        return name;
    }
    return name + QLatin1String(" <") + email + QLatin1Char('>');
}

QString toDisplayString(const AddressList &addresses)
{
    QStringList parts;
    parts.reserve(addresses.size());
    for (const Address &address : addresses) {
        parts.append(address.toDisplayString());
    }
    return parts.join(QLatin1String(", "));
}

QString ParsedMessage::header(QStringView name) const
{
    for (const HeaderField &field : headers) {
        if (QStringView(field.name).compare(name, Qt::CaseInsensitive) == 0) {
            return field.value;
        }
    }
    return QString();
}

QList<PartInfo> ParsedMessage::attachments() const
{
    QList<PartInfo> result;
    for (const PartInfo &part : parts) {
        if (part.isAttachment) {
            result.append(part);
        }
    }
    return result;
}

} // namespace Letterbox::Mime
