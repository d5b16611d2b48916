#include "models/messagedrag.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace Letterbox::Models::MessageDrag {

namespace {
// A drop from another Letterbox process would name its own account indexes.
qint64 processTag()
{
    return QCoreApplication::applicationPid();
}
} // namespace

QString mimeType()
{
    return QStringLiteral("application/x-letterbox-message-refs");
}

QMimeData *encode(const QList<MessageRef> &messages)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << processTag() << qint32(messages.size());
    for (const MessageRef &message : messages) {
        stream << qint32(message.account) << message.id;
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QList<MessageRef> decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType())) {
        return {};
    }
    QDataStream stream(data->data(mimeType()));
    qint64 tag = 0;
    qint32 count = 0;
    stream >> tag >> count;
    if (stream.status() != QDataStream::Ok || tag != processTag() || count < 0) {
        return {};
    }
    QList<MessageRef> messages;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        qint32 account = -1;
        qint64 id = 0;
        stream >> account >> id;
        if (stream.status() == QDataStream::Ok) {
            messages.append(MessageRef {account, id});
        }
    }
    return messages;
}

} // namespace Letterbox::Models::MessageDrag
