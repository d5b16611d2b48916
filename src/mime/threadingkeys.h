#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * @file
 * The keys that put messages into threads: Message-IDs (RFC 5322 section 3.6.4) and,
 * as the fallback the store uses when those are missing, a normalised subject
 * (in the spirit of RFC 5256 section 2.1, "base subject").
 */
namespace Letterbox::Mime {

/**
 * @p subject without reply and forward prefixes, repeatedly and in any case: "Re:",
 * "RE:", "Fwd:", "Fw:", "AW:", "WG:", "TR:", "SV:", "VS:", "Antw:", "Re[2]:",
 * "Re(2):", also after a leading "[list]" tag, which is kept. Blanks are collapsed.
 * Case is kept, so compare the results case-insensitively.
 */
[[nodiscard]] QString threadingSubject(const QString &subject);

/**
 * The Message-IDs in a raw Message-ID, In-Reply-To or References value, in order and
 * without angle brackets. Folding inside an ID is removed; comments and phrases
 * between IDs (old In-Reply-To forms) are ignored; a value without any <...> falls back
 * to its blank-separated tokens that contain '@'. At most @p maximum IDs, the last ones.
 */
[[nodiscard]] QStringList extractMessageIds(const QByteArray &raw, int maximum = 100);

/// The first Message-ID of @p raw, or an empty string.
[[nodiscard]] QString firstMessageId(const QByteArray &raw);

} // namespace Letterbox::Mime
