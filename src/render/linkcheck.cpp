#include "render/linkcheck.h"

#include "render/renderlimits.h"

#include <QRegularExpression>
#include <QStringList>

#include <libpsl.h>

namespace Letterbox::Render {

namespace {

QString aceHost(const QString &host)
{
    return QString::fromLatin1(QUrl::toAce(host.toLower())).toLower();
}

/// The ACE host a word names, or empty: "https://x.example/…", "www.x.example", "x.example/path".
QString hostOfWord(QString word)
{
    static const QRegularExpression trailing(QStringLiteral(R"([.,;:!?)\]}>'"]+$)"));
    static const QRegularExpression leading(QStringLiteral(R"(^[(\[{<'"]+)"));
    word.remove(trailing);
    word.remove(leading);
    if (word.isEmpty()) {
        return QString();
    }
    QString host;
    static const QRegularExpression scheme(QStringLiteral(R"(^[a-zA-Z][a-zA-Z0-9+.-]*://)"));
    if (scheme.match(word).hasMatch()) {
        host = QUrl(word, QUrl::TolerantMode).host(QUrl::EncodeUnicode);
    } else {
        if (word.contains(u'@')) {
            return QString(); // an address, not a host
        }
        const qsizetype end = word.indexOf(QRegularExpression(QStringLiteral(R"([/?#:])")));
        host = end < 0 ? word : word.left(end);
        if (!host.contains(u'.')) {
            return QString();
        }
        host = aceHost(host);
    }
    if (host.isEmpty()) {
        return QString();
    }
    // Only a known public suffix makes a word a host: "e.g." and "readme.txt" are not.
    // (Some words are: "Hello.World" names a host under .world.)
    const QByteArray ace = host.toLatin1();
    const qsizetype lastDot = ace.lastIndexOf('.');
    const QByteArray tld = lastDot < 0 ? ace : ace.mid(lastDot + 1);
    if (tld.isEmpty() || !psl_is_public_suffix2(psl_builtin(), tld.constData(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE)) {
        return QString();
    }
    return host;
}

} // namespace

QString LinkCheck::registrableDomain(const QString &aceHost)
{
    const QByteArray host = aceHost.toLatin1();
    if (host.isEmpty()) {
        return QString();
    }
    // An IP address has no registrable domain ("192.0.2.1" is not under "2.1").
    static const QRegularExpression address(QStringLiteral(R"(^[0-9.]+$|:)"));
    if (address.match(aceHost).hasMatch()) {
        return aceHost;
    }
    const char *domain = psl_registrable_domain(psl_builtin(), host.constData());
    return domain ? QString::fromLatin1(domain) : aceHost;
}

QString LinkCheck::displayHost(const QUrl &url)
{
    return url.host(QUrl::EncodeUnicode).toLower();
}

QString LinkCheck::otherHostNamed(const QString &visibleText, const QUrl &target)
{
    const QString targetHost = displayHost(target);
    if (targetHost.isEmpty()) {
        return QString();
    }
    const QString targetDomain = registrableDomain(targetHost);
    const QStringList words = visibleText.left(Limits::maxAnchorText)
                                  .split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString host = hostOfWord(word);
        if (!host.isEmpty() && registrableDomain(host) != targetDomain) {
            return host;
        }
    }
    return QString();
}

} // namespace Letterbox::Render
