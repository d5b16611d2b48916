#include "protocol/pop3/pop3capabilities.h"

namespace Letterbox::Pop3 {

namespace {

QByteArrayList words(const QByteArray &line)
{
    QByteArrayList result;
    for (const QByteArray &word : line.simplified().split(' ')) {
        if (!word.isEmpty()) {
            result.append(word);
        }
    }
    return result;
}

} // namespace

Pop3Capabilities Pop3Capabilities::fromCapaLines(const QByteArrayList &lines)
{
    Pop3Capabilities capabilities;
    capabilities.m_known = true;
    capabilities.m_lines = lines;
    return capabilities;
}

bool Pop3Capabilities::has(QByteArrayView name) const
{
    for (const QByteArray &line : m_lines) {
        const QByteArrayList parts = words(line);
        if (!parts.isEmpty() && parts.first().compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArrayList Pop3Capabilities::arguments(QByteArrayView name) const
{
    for (const QByteArray &line : m_lines) {
        QByteArrayList parts = words(line);
        if (!parts.isEmpty() && parts.first().compare(name, Qt::CaseInsensitive) == 0) {
            parts.removeFirst();
            return parts;
        }
    }
    return {};
}

QList<Protocol::SaslMechanism> Pop3Capabilities::saslMechanisms() const
{
    QList<Protocol::SaslMechanism> mechanisms;
    for (const QByteArray &name : saslMechanismNames()) {
        if (const auto mechanism = Protocol::Sasl::mechanismFromName(name)) {
            if (!mechanisms.contains(*mechanism)) {
                mechanisms.append(*mechanism);
            }
        }
    }
    return mechanisms;
}

} // namespace Letterbox::Pop3
