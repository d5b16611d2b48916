#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Letterbox::Models {

/// A tag a person can put on messages: the IMAP keyword stored and sent, what it is
/// called, and the colour its rows take.
struct MessageTag
{
    QString keyword;
    QString name;
    QColor colour;
};

/**
 * @short Thunderbird's five tags, so a mailbox tagged there shows the same tags here:
 * `$label1` Important (red), `$label2` Work (orange), `$label3` Personal (green),
 * `$label4` To Do (blue), `$label5` Later (purple). Keys 1–5 toggle them, 0 removes all.
 * Other keywords on a message are kept and shown by their name.
 */
class MessageTags
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Models::MessageTags)

public:
    [[nodiscard]] static QList<MessageTag> defaults();
    [[nodiscard]] static std::optional<MessageTag> find(const QString &keyword);
    /// The colour of the first of @p keywords that is a known tag (in defaults() order).
    [[nodiscard]] static std::optional<QColor> colourOf(const QStringList &keywords);
    /// What the person reads for @p keywords: known tags by name (in defaults() order),
    /// then any other keyword that is not an IMAP convention ($Junk, $Forwarded, …).
    [[nodiscard]] static QStringList namesOf(const QStringList &keywords);
};

} // namespace Letterbox::Models
