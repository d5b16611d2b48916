#pragma once

#include <QString>

namespace Letterbox::Net {

/// Where a connection goes: the host name as the person typed it (also the name the
/// server's certificate must carry) and the TCP port.
struct Endpoint
{
    QString host;
    quint16 port = 0;

    /// "host:port", or "[v6]:port" for an IPv6 literal: the form every NetError names.
    [[nodiscard]] QString toString() const
    {
        if (host.contains(QLatin1Char(':'))) {
            return QLatin1Char('[') + host + QStringLiteral("]:") + QString::number(port);
        }
        return host + QLatin1Char(':') + QString::number(port);
    }

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

} // namespace Letterbox::Net
