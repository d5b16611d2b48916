#pragma once

#include <QString>
#include <QUrl>

namespace Letterbox::Render {

/**
 * @short "The text says paypal.com, the link goes to evil.example": link spoofing.
 *
 * An anchor's visible text names a host when one of its words is a URL or a host name
 * ending in a known public suffix (libpsl's built-in list, no "*" rule, so "Hello.World"
 * is no host). Hosts are compared by registrable domain ("www.paypal.com" and
 * "paypal.com" agree; "paypal.com.evil.co.uk" is evil.co.uk), in ACE form, so a
 * Cyrillic look-alike never compares equal to the Latin name. Pure and thread-safe.
 */
class LinkCheck
{
public:
    /// The first host named by @p visibleText whose registrable domain differs from
    /// @p target's, in ACE form; empty when the text names no other host (or none).
    [[nodiscard]] static QString otherHostNamed(const QString &visibleText, const QUrl &target);

    /// The host of @p url as a person should see it before trusting it: ACE
    /// ("xn--pypal-4ve.com"), lower case. QUrl's decoded form would show the look-alike.
    [[nodiscard]] static QString displayHost(const QUrl &url);

    /// The registrable domain ("eTLD+1") of an ACE host; the host itself for IP
    /// addresses and hosts libpsl has no answer for.
    [[nodiscard]] static QString registrableDomain(const QString &aceHost);
};

} // namespace Letterbox::Render
