#include "protocol/imap/imapresponse.h"

#include <algorithm>

namespace Letterbox::Imap {

bool ImapCapabilityResponse::has(QByteArrayView capability) const
{
    return std::any_of(capabilities.begin(), capabilities.end(),
        [&](const QByteArray &c) { return c.compare(capability, Qt::CaseInsensitive) == 0; });
}

QByteArray ImapAddress::emailAddress() const
{
    if (kind != Kind::Mailbox || !mailbox || !host || mailbox->isEmpty()) {
        return {};
    }
    return *mailbox + '@' + *host;
}

QByteArray ImapBodyPart::parameter(QByteArrayView name) const
{
    for (const auto &[key, value] : parameters) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

const ImapBodyPart *ImapBodyPart::part(QByteArrayView section) const
{
    const ImapBodyPart *node = this;
    if (section.isEmpty()) {
        return node;
    }
    bool first = true;
    for (const QByteArray &piece : section.toByteArray().split('.')) {
        bool ok = false;
        const qlonglong n = piece.toLongLong(&ok);
        if (!ok || n < 1) {
            return nullptr;
        }
        if (node->isMultipart()) {
            if (n > qlonglong(node->children.size())) {
                return nullptr;
            }
            node = &node->children[std::size_t(n - 1)];
        } else if (first) {
            // A single-part message's only part is "1" (RFC 9051 6.4.5).
            if (n != 1) {
                return nullptr;
            }
        } else if (node->envelope && node->children.size() == 1) {
            // Into an enclosed message/rfc822: its body's parts are numbered below this part.
            const ImapBodyPart *inner = &node->children.front();
            if (inner->isMultipart()) {
                if (n > qlonglong(inner->children.size())) {
                    return nullptr;
                }
                node = &inner->children[std::size_t(n - 1)];
            } else if (n == 1) {
                node = inner;
            } else {
                return nullptr;
            }
        } else {
            return nullptr;
        }
        first = false;
    }
    return node;
}

const ImapFetchSection *ImapFetchResponse::section(QByteArrayView name) const
{
    for (const ImapFetchSection &s : sections) {
        if (s.section.compare(name, Qt::CaseInsensitive) == 0) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace Letterbox::Imap
