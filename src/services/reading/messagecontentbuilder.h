#pragma once

#include "services/reading/messagecontent.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

namespace Letterbox::Services {

/// What MessageContentBuilder needs besides the raw bytes (all from the cache row or the person).
struct ContentOptions
{
    qint64 messageId = 0;
    /// The person chose "Load remote content" for this message.
    bool allowRemoteImages = false;
    /// Lower-case addresses whose messages load remote content ("always for this sender").
    QSet<QString> trustedSenders;
    /// Shown when the Date header is missing or unreadable (the cache's date).
    QDateTime fallbackDate;
    /// False for a partial body (some parts are not cached).
    bool bodyComplete = true;
};

/**
 * @short A raw message → MessageContent: parse, sanitise, render the plain text.
 *
 * Pure and thread-safe (MessageParser, HtmlSanitizer and PlainTextRenderer are), and the
 * expensive part of showing a message, so MessageContentLoader runs it on a worker
 * thread. A sender on the trusted list does not get remote content when the From header
 * carries a spoofing warning: the name a person trusted is exactly what such a message fakes.
 */
class MessageContentBuilder
{
public:
    [[nodiscard]] static MessageContent build(const QByteArray &rfc5322, const ContentOptions &options);
};

} // namespace Letterbox::Services
