#include "mime/mailtourl.h"

#include <QTest>

using namespace Letterbox::Mime;

namespace {
QStringList emails(const AddressList &list)
{
    QStringList result;
    for (const Address &address : list) {
        result.append(address.email);
    }
    return result;
}
} // namespace

class TestMailtoUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField()
    {
        QString error;
        const std::optional<MailtoUrl> url = MailtoUrl::parse(
            QStringLiteral("mailto:ann@example.org,bo%40example.org?cc=cy@example.org&BCC=di@example.org"
                           "&subject=Gr%C3%BC%C3%9Fe%20%26%20more&body=Line%20one%0D%0ALine+two"
                           "&in-reply-to=%3Cm1@example.org%3E&to=ed@example.org"),
            &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(emails(url->to),
            (QStringList {QStringLiteral("ann@example.org"), QStringLiteral("bo@example.org"),
                QStringLiteral("ed@example.org")}));
        QCOMPARE(emails(url->cc), QStringList {QStringLiteral("cy@example.org")});
        QCOMPARE(emails(url->bcc), QStringList {QStringLiteral("di@example.org")});
        QCOMPARE(url->subject, QStringLiteral("Grüße & more"));
        // RFC 6068: "+" is a plus; CRLF becomes the editor's LF.
        QCOMPARE(url->body, QStringLiteral("Line one\nLine+two"));
        QCOMPARE(url->inReplyTo, QStringLiteral("m1@example.org"));
    }

    void noAddressIsFine()
    {
        const std::optional<MailtoUrl> url = MailtoUrl::parse(QStringLiteral("MAILTO:?subject=Hello"));
        QVERIFY(url);
        QVERIFY(url->to.isEmpty());
        QCOMPARE(url->subject, QStringLiteral("Hello"));
    }

    void dangerousFieldsAreIgnored()
    {
        const std::optional<MailtoUrl> url
            = MailtoUrl::parse(QStringLiteral("mailto:a@example.org?from=boss@example.org&attach=/etc/passwd&X-Evil=1"
                                              "&subject=Hi%0D%0ABcc:%20spy@evil.example"));
        QVERIFY(url);
        QCOMPARE(emails(url->to), QStringList {QStringLiteral("a@example.org")});
        QVERIFY(url->bcc.isEmpty());
        // The CRLF is gone: the subject cannot become a header of its own.
        QCOMPARE(url->subject, QStringLiteral("HiBcc: spy@evil.example"));
        QVERIFY(url->body.isEmpty());
    }

    void repeatedSubjectKeepsTheFirst()
    {
        const std::optional<MailtoUrl> url
            = MailtoUrl::parse(QStringLiteral("mailto:a@example.org?subject=one&subject=two&body=b1&body=b2"));
        QVERIFY(url);
        QCOMPARE(url->subject, QStringLiteral("one"));
        QCOMPARE(url->body, QStringLiteral("b1"));
    }

    void limits()
    {
        QString error;
        QVERIFY(!MailtoUrl::parse(QStringLiteral("https://example.org"), &error));
        QVERIFY(!error.isEmpty());
        const QString longBody = QStringLiteral("mailto:a@example.org?body=") + QString(MailtoUrl::maxLength, u'x');
        QVERIFY(!MailtoUrl::parse(longBody, &error));
        QVERIFY(error.contains(QString::number(MailtoUrl::maxLength)));
        QStringList many;
        for (int i = 0; i <= MailtoUrl::maxRecipients; ++i) {
            many.append(QStringLiteral("u%1@example.org").arg(i));
        }
        QVERIFY(!MailtoUrl::parse(QStringLiteral("mailto:") + many.join(u','), &error));
        many.removeLast();
        QVERIFY(MailtoUrl::parse(QStringLiteral("mailto:") + many.join(u',')));
        const std::optional<MailtoUrl> longSubject
            = MailtoUrl::parse(QStringLiteral("mailto:a@example.org?subject=") + QString(2000, u's'));
        QVERIFY(longSubject);
        QCOMPARE(longSubject->subject.size(), MailtoUrl::maxSubjectLength);
    }
};

QTEST_GUILESS_MAIN(TestMailtoUrl)
#include "tst_mailtourl.moc"
