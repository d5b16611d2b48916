#include "mime/mimetypes.h"

#include <QTest>

using namespace Letterbox::Mime;

class TestMimeTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressDisplayString_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name-and-email") << QStringLiteral("Alice Example") << QStringLiteral("alice@example.org")
                                        << QStringLiteral("Alice Example <alice@example.org>");
        QTest::newRow("email-only") << QString() << QStringLiteral("bob@example.net")
                                    << QStringLiteral("bob@example.net");
        QTest::newRow("name-equals-email-ignoring-case")
            << QStringLiteral("Bob@Example.net") << QStringLiteral("bob@example.net")
            << QStringLiteral("bob@example.net");
        QTest::newRow("name-only") << QStringLiteral("Undisclosed") << QString() << QStringLiteral("Undisclosed");
        QTest::newRow("non-ascii-name") << QStringLiteral("山田 太郎") << QStringLiteral("taro@example.jp")
                                        << QStringLiteral("山田 太郎 <taro@example.jp>");
    }

    void addressDisplayString()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, expected);
        QCOMPARE((Address {name, email}).toDisplayString(), expected);
    }

    void listDisplayStringJoinsWithCommas()
    {
        const AddressList list {
            {QStringLiteral("A"), QStringLiteral("a@x.org")}, {QString(), QStringLiteral("b@x.org")}};
        QCOMPARE(toDisplayString(list), QStringLiteral("A <a@x.org>, b@x.org"));
        QCOMPARE(toDisplayString(AddressList()), QString());
    }

    void emptyAddressIsEmpty()
    {
        QVERIFY(Address().isEmpty());
        QVERIFY(!(Address {QString(), QStringLiteral("a@x.org")}).isEmpty());
    }

    void headerLookupIsCaseInsensitiveAndFirstWins()
    {
        ParsedMessage message;
        message.headers = {{QStringLiteral("Received"), QStringLiteral("one"), "one"},
            {QStringLiteral("X-Tag"), QStringLiteral("first"), "first"},
            {QStringLiteral("x-tag"), QStringLiteral("second"), "second"}};
        QCOMPARE(message.header(u"X-TAG"), QStringLiteral("first"));
        QVERIFY(message.header(u"Missing").isNull());
    }

    void attachmentsKeepsTreeOrder()
    {
        ParsedMessage message;
        PartInfo body;
        body.path = QStringLiteral("1");
        PartInfo first;
        first.path = QStringLiteral("2");
        first.isAttachment = true;
        PartInfo second;
        second.path = QStringLiteral("3.1");
        second.isAttachment = true;
        message.parts = {body, first, second};
        const QList<PartInfo> attachments = message.attachments();
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(0).path, QStringLiteral("2"));
        QCOMPARE(attachments.at(1).path, QStringLiteral("3.1"));
    }
};

QTEST_GUILESS_MAIN(TestMimeTypes)
#include "tst_mimetypes.moc"
