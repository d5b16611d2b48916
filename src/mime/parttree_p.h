#pragma once

#include "mime/gmimeglue_p.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Letterbox::Mime::Internal {

/// One entity of a GMime message, flattened. The object is borrowed from the message.
struct PartNode
{
    enum class Kind { Leaf, Multipart, Message };

    GMimeObject *object = nullptr;
    Kind kind = Kind::Leaf;
    /// IMAP-style path (see PartInfo::path).
    QString path;
    int depth = 0;
    /// Index of the container in PartTree::nodes, -1 for the top-level entity.
    int parent = -1;
    QList<int> children;
    QByteArray type;
    QByteArray subtype;

    [[nodiscard]] bool is(const char *mediaType, const char *mediaSubtype) const
    {
        return type == mediaType && subtype == mediaSubtype;
    }
};

/**
 * @short The entities of a message in tree order, walked without recursion.
 *
 * An explicit stack replaces GMime's recursive g_mime_message_foreach(), so the C++
 * stack depth never depends on the message. Containers at Limits::maxNestingDepth are
 * listed but not opened; after Limits::maxParts entities the walk stops. Both add a
 * warning sentence.
 */
struct PartTree
{
    QList<PartNode> nodes;
    QStringList warnings;
};

PartTree buildPartTree(GMimeMessage *message);

} // namespace Letterbox::Mime::Internal
