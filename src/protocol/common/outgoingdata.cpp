#include "protocol/common/outgoingdata.h"

#include <algorithm>

namespace Letterbox::Protocol {

OutgoingData OutgoingData::withSecret(const QByteArray &prefix, const QByteArray &secret, const QByteArray &suffix)
{
    OutgoingData data;
    data.bytes = prefix + secret + suffix;
    data.secrets.append(SecretRange {prefix.size(), secret.size()});
    return data;
}

QByteArray OutgoingData::redacted() const
{
    if (secrets.isEmpty()) {
        return bytes;
    }
    QList<SecretRange> ranges = secrets;
    std::sort(
        ranges.begin(), ranges.end(), [](const SecretRange &a, const SecretRange &b) { return a.start < b.start; });
    QByteArray shown;
    shown.reserve(bytes.size());
    qsizetype position = 0;
    for (const SecretRange &range : ranges) {
        const qsizetype start = std::clamp<qsizetype>(range.start, 0, bytes.size());
        const qsizetype end
            = std::clamp<qsizetype>(range.start + std::max<qsizetype>(range.length, 0), 0, bytes.size());
        if (end <= position) {
            continue; // inside a range already masked
        }
        if (start > position || position == 0) {
            shown += bytes.mid(position, start - position);
            shown += "***";
        } // else it overlaps the range masked just before: one mask covers both
        position = end;
    }
    shown += bytes.mid(position);
    return shown;
}

} // namespace Letterbox::Protocol
