#include "models/messagetags.h"

namespace Letterbox::Models {

QList<MessageTag> MessageTags::defaults()
{
    return {
        {QStringLiteral("$label1"), tr("Important"), QColor(0xcc, 0x00, 0x00)},
        {QStringLiteral("$label2"), tr("Work"), QColor(0xe6, 0x73, 0x00)},
        {QStringLiteral("$label3"), tr("Personal"), QColor(0x00, 0x99, 0x00)},
        {QStringLiteral("$label4"), tr("To Do"), QColor(0x33, 0x66, 0xcc)},
        {QStringLiteral("$label5"), tr("Later"), QColor(0x99, 0x33, 0x99)},
    };
}

std::optional<MessageTag> MessageTags::find(const QString &keyword)
{
    for (const MessageTag &tag : defaults()) {
        if (tag.keyword.compare(keyword, Qt::CaseInsensitive) == 0) {
            return tag;
        }
    }
    return std::nullopt;
}

std::optional<QColor> MessageTags::colourOf(const QStringList &keywords)
{
    if (keywords.isEmpty()) {
        return std::nullopt; // the common case, without building the table
    }
    for (const MessageTag &tag : defaults()) {
        if (keywords.contains(tag.keyword, Qt::CaseInsensitive)) {
            return tag.colour;
        }
    }
    return std::nullopt;
}

QStringList MessageTags::namesOf(const QStringList &keywords)
{
    QStringList names;
    if (keywords.isEmpty()) {
        return names;
    }
    for (const MessageTag &tag : defaults()) {
        if (keywords.contains(tag.keyword, Qt::CaseInsensitive)) {
            names.append(tag.name);
        }
    }
    for (const QString &keyword : keywords) {
        // $-keywords are protocol conventions (RFC 5788: $Forwarded, $MDNSent, $Junk…).
        if (!keyword.startsWith(QLatin1Char('$')) && !find(keyword)) {
            names.append(keyword);
        }
    }
    return names;
}

} // namespace Letterbox::Models
