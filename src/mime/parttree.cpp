#include "mime/parttree_p.h"

#include "mime/mimelimits.h"

#include <QCoreApplication>

#include <vector>

namespace Letterbox::Mime::Internal {

namespace {

struct Pending
{
    GMimeObject *object;
    QString path;
    int depth;
    int parent;
};

// RFC 3501 section 6.4.5: children of "TEXT" are "1", "2"; children of "2.TEXT"
// (the body of the message/rfc822 part "2") are "2.1", "2.2"; otherwise "P.n".
QString childPath(const QString &parentPath, int number)
{
    const QString n = QString::number(number);
    if (parentPath == QLatin1String("TEXT")) {
        return n;
    }
    if (parentPath.endsWith(QLatin1String(".TEXT"))) {
        return parentPath.chopped(4) + n;
    }
    return parentPath + u'.' + n;
}

QString bodyPath(const QString &prefix, GMimeObject *body)
{
    const bool multipart = GMIME_IS_MULTIPART(body);
    if (prefix.isEmpty()) {
        return multipart ? QStringLiteral("TEXT") : QStringLiteral("1");
    }
    return prefix + (multipart ? QLatin1String(".TEXT") : QLatin1String(".1"));
}

} // namespace

PartTree buildPartTree(GMimeMessage *message)
{
    PartTree tree;
    GMimeObject *root = message ? g_mime_message_get_mime_part(message) : nullptr;
    if (!root) {
        return tree;
    }
    bool warnedDepth = false;
    std::vector<Pending> stack {{root, bodyPath(QString(), root), 0, -1}};
    while (!stack.empty()) {
        Pending pending = std::move(stack.back());
        stack.pop_back();
        if (tree.nodes.size() >= Limits::maxParts) {
            tree.warnings.append(QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "The message has more than %1 parts; the rest is not shown.")
                                     .arg(Limits::maxParts));
            break;
        }
        PartNode node;
        node.object = pending.object;
        node.path = pending.path;
        node.depth = pending.depth;
        node.parent = pending.parent;
        if (GMimeContentType *type = g_mime_object_get_content_type(pending.object)) {
            node.type = QByteArray(g_mime_content_type_get_media_type(type)).toLower();
            node.subtype = QByteArray(g_mime_content_type_get_media_subtype(type)).toLower();
        }
        const int index = int(tree.nodes.size());
        if (node.parent >= 0) {
            tree.nodes[node.parent].children.append(index);
        }
        const bool canOpen = node.depth < Limits::maxNestingDepth;
        if (GMIME_IS_MULTIPART(pending.object)) {
            node.kind = PartNode::Kind::Multipart;
            GMimeMultipart *multipart = GMIME_MULTIPART(pending.object);
            const int count = canOpen ? g_mime_multipart_get_count(multipart) : 0;
            // Pushed last to first, so they come off the stack in order.
            for (int i = count - 1; i >= 0; --i) {
                if (GMimeObject *child = g_mime_multipart_get_part(multipart, i)) {
                    stack.push_back({child, childPath(node.path, i + 1), node.depth + 1, index});
                }
            }
        } else if (GMIME_IS_MESSAGE_PART(pending.object)) {
            node.kind = PartNode::Kind::Message;
            GMimeMessage *embedded = g_mime_message_part_get_message(GMIME_MESSAGE_PART(pending.object));
            GMimeObject *body = embedded ? g_mime_message_get_mime_part(embedded) : nullptr;
            if (body && canOpen) {
                stack.push_back({body, bodyPath(node.path, body), node.depth + 1, index});
            }
        }
        if (!canOpen && node.kind != PartNode::Kind::Leaf && !warnedDepth) {
            warnedDepth = true;
            tree.warnings.append(QCoreApplication::translate("Letterbox::Mime::MessageParser",
                "The message is nested deeper than %1 levels; the deeper parts are not shown.")
                                     .arg(Limits::maxNestingDepth));
        }
        tree.nodes.append(std::move(node));
    }
    return tree;
}

} // namespace Letterbox::Mime::Internal
