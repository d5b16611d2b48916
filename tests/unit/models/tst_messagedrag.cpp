// The drag payload of messages: round trip, and nothing from another process or a
// truncated payload.
#include "models/messagedrag.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QTest>

using namespace Letterbox::Models;

class TestMessageDrag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const QList<MessageRef> messages {{0, 5}, {2, 1LL << 40}};
        std::unique_ptr<QMimeData> data(MessageDrag::encode(messages));
        QCOMPARE(MessageDrag::decode(data.get()), messages);
    }

    void anotherProcessesPayloadIsIgnored()
    {
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << qint64(QCoreApplication::applicationPid() + 1) << qint32(1) << qint32(0) << qint64(5);
        QMimeData data;
        data.setData(MessageDrag::mimeType(), bytes);
        QVERIFY(MessageDrag::decode(&data).isEmpty());
    }

    void truncatedPayloadKeepsOnlyWholeEntries()
    {
        std::unique_ptr<QMimeData> data(MessageDrag::encode({{0, 5}, {0, 6}}));
        QByteArray bytes = data->data(MessageDrag::mimeType());
        bytes.chop(3);
        data->setData(MessageDrag::mimeType(), bytes);
        QCOMPARE(MessageDrag::decode(data.get()), (QList<MessageRef> {{0, 5}}));
        QMimeData text;
        text.setText(QStringLiteral("5"));
        QVERIFY(MessageDrag::decode(&text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMessageDrag)
#include "tst_messagedrag.moc"
