#include "protocol/pop3/pop3encoder.h"

#include <QCryptographicHash>

namespace Letterbox::Pop3 {

namespace {

using Protocol::OutgoingData;

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
        || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

OutgoingData numbered(const char *verb, int number)
{
    QByteArray line(verb);
    if (number > 0) {
        line += ' ' + QByteArray::number(number);
    }
    return OutgoingData::command(line + "\r\n");
}

} // namespace

QString Pop3Encoder::argumentProblem(const QString &argument)
{
    if (argument.isEmpty()) {
        return tr("The user name or password is empty.");
    }
    for (QChar c : argument) {
        if (isControl(c)) {
            return tr("The user name or password contains a line break or another control character.");
        }
    }
    return {};
}

OutgoingData Pop3Encoder::capa()
{
    return OutgoingData::command(QByteArrayLiteral("CAPA\r\n"));
}

OutgoingData Pop3Encoder::stls()
{
    return OutgoingData::command(QByteArrayLiteral("STLS\r\n"));
}

Pop3Encoded Pop3Encoder::user(const QString &name)
{
    if (QString problem = argumentProblem(name); !problem.isEmpty()) {
        return {{}, problem};
    }
    return {OutgoingData::command("USER " + name.toUtf8() + "\r\n"), {}};
}

Pop3Encoded Pop3Encoder::pass(const QString &password)
{
    if (QString problem = argumentProblem(password); !problem.isEmpty()) {
        return {{}, problem};
    }
    return {OutgoingData::withSecret(QByteArrayLiteral("PASS "), password.toUtf8(), QByteArrayLiteral("\r\n")), {}};
}

Pop3Encoded Pop3Encoder::apop(const QString &name, const QByteArray &timestamp, const QString &password)
{
    if (QString problem = argumentProblem(name); !problem.isEmpty()) {
        return {{}, problem};
    }
    const QByteArray digest
        = QCryptographicHash::hash(QByteArray(timestamp + password.toUtf8()), QCryptographicHash::Md5).toHex();
    return {OutgoingData::withSecret(QByteArray("APOP " + name.toUtf8() + ' '), digest, QByteArrayLiteral("\r\n")), {}};
}

bool Pop3Encoder::fitsInitialResponse(Protocol::SaslMechanism mechanism, const QByteArray &response)
{
    const qsizetype length
        = 5 + Protocol::Sasl::mechanismName(mechanism).size() + 1 + std::max<qsizetype>(1, response.size()) + 2;
    return length <= MaxCommandLength;
}

OutgoingData Pop3Encoder::auth(Protocol::SaslMechanism mechanism, const QByteArray &initialResponse)
{
    const QByteArray verb = "AUTH " + Protocol::Sasl::mechanismName(mechanism);
    if (initialResponse.isNull() || !fitsInitialResponse(mechanism, initialResponse)) {
        return OutgoingData::command(verb + "\r\n");
    }
    return OutgoingData::withSecret(
        verb + ' ', initialResponse.isEmpty() ? QByteArrayLiteral("=") : initialResponse, QByteArrayLiteral("\r\n"));
}

OutgoingData Pop3Encoder::authResponse(const QByteArray &response)
{
    return OutgoingData::withSecret({}, response, QByteArrayLiteral("\r\n"));
}

OutgoingData Pop3Encoder::stat()
{
    return OutgoingData::command(QByteArrayLiteral("STAT\r\n"));
}

OutgoingData Pop3Encoder::list(int number)
{
    return numbered("LIST", number);
}

OutgoingData Pop3Encoder::uidl(int number)
{
    return numbered("UIDL", number);
}

OutgoingData Pop3Encoder::top(int number, int lines)
{
    return OutgoingData::command(
        "TOP " + QByteArray::number(number) + ' ' + QByteArray::number(std::max(0, lines)) + "\r\n");
}

OutgoingData Pop3Encoder::retr(int number)
{
    return numbered("RETR", number);
}

OutgoingData Pop3Encoder::dele(int number)
{
    return numbered("DELE", number);
}

OutgoingData Pop3Encoder::noop()
{
    return OutgoingData::command(QByteArrayLiteral("NOOP\r\n"));
}

OutgoingData Pop3Encoder::rset()
{
    return OutgoingData::command(QByteArrayLiteral("RSET\r\n"));
}

OutgoingData Pop3Encoder::quit()
{
    return OutgoingData::command(QByteArrayLiteral("QUIT\r\n"));
}

} // namespace Letterbox::Pop3
