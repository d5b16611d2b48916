#include "imapfuzzentry.h"

#include "protocol/imap/imapframer.h"
#include "protocol/imap/imapmailboxname.h"
#include "protocol/imap/imapparser.h"

#include <functional>

namespace Letterbox::Fuzz {

using namespace Letterbox::Imap;

namespace {

struct Framed
{
    QList<ImapFramer::Frame> frames;
};

QList<ImapFramer::Frame> frameAll(const QByteArray &input, qsizetype chunk, const ImapFramerLimits &limits)
{
    ImapFramer framer(limits);
    QList<ImapFramer::Frame> frames;
    for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
        framer.feed(QByteArrayView(input).sliced(pos, std::min(chunk, input.size() - pos)));
        for (ImapFramer::Frame f = framer.next(); f.kind != ImapFramer::Frame::Kind::NeedMoreData; f = framer.next()) {
            frames.append(f);
        }
    }
    return frames;
}

QString checkBody(const ImapBodyPart &part, const QByteArray &path, int depth)
{
    if (depth > 200) {
        return QStringLiteral("body structure deeper than the nesting limit allows");
    }
    int index = 1;
    for (const ImapBodyPart &child : part.children) {
        const QByteArray childPath
            = path.isEmpty() ? QByteArray::number(index) : path + '.' + QByteArray::number(index);
        if (part.isMultipart() && part.part(childPath) == nullptr && depth == 0) {
            return QStringLiteral("part %1 of a multipart cannot be found by its section")
                .arg(QLatin1String(childPath));
        }
        const QString problem = checkBody(child, childPath, depth + 1);
        if (!problem.isEmpty()) {
            return problem;
        }
        ++index;
    }
    return {};
}

QString checkResponse(const ImapResponse &response, bool utf8)
{
    if (const auto *list = std::get_if<ImapListResponse>(&response)) {
        const std::optional<QString> decoded = ImapMailboxName::decodeModifiedUtf7(list->mailboxWire);
        if (!utf8 && decoded && !ImapMailboxName::isInbox(list->mailboxWire)
            && ImapMailboxName::encodeModifiedUtf7(*decoded) != list->mailboxWire) {
            return QStringLiteral("mailbox name does not round-trip through modified UTF-7");
        }
    }
    if (const auto *fetch = std::get_if<ImapFetchResponse>(&response)) {
        if (fetch->uid && !fetch->uid->isValid()) {
            return QStringLiteral("a FETCH gave UID 0");
        }
        if (fetch->bodyStructure) {
            return checkBody(*fetch->bodyStructure, {}, 0);
        }
    }
    return {};
}

} // namespace

QString runImapFuzzInput(const QByteArray &data)
{
    if (data.isEmpty()) {
        return {};
    }
    const auto control = static_cast<unsigned char>(data[0]);
    const QByteArray input = data.mid(1);
    ImapFramerLimits limits;
    if (control & 0x01) {
        limits.maxLineLength = 64;
        limits.maxLiteralSize = 32;
        limits.maxResponseSize = 256;
    }
    const bool utf8 = control & 0x02;
    const qsizetype chunk = qsizetype(control >> 2) + 1;

    const QList<ImapFramer::Frame> whole = frameAll(input, std::max<qsizetype>(input.size(), 1), limits);
    const QList<ImapFramer::Frame> chunked = frameAll(input, chunk, limits);
    if (whole.size() != chunked.size()) {
        return QStringLiteral("framing whole gave %1 frames, in chunks of %2 gave %3")
            .arg(whole.size())
            .arg(chunk)
            .arg(chunked.size());
    }
    ImapParserOptions options;
    options.utf8Accepted = utf8;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const ImapFramer::Frame &a = whole[i];
        const ImapFramer::Frame &b = chunked[i];
        if (a.kind != b.kind || a.bytes != b.bytes || a.error.kind != b.error.kind
            || a.streamOffset != b.streamOffset) {
            return QStringLiteral("frame %1 differs between whole and chunked framing").arg(i);
        }
        if (a.kind != ImapFramer::Frame::Kind::Response) {
            continue;
        }
        if (a.bytes.size() > limits.maxResponseSize) {
            return QStringLiteral("a frame is larger than the response limit");
        }
        const QList<ImapFramer::Frame> again = frameAll(a.bytes, a.bytes.size(), limits);
        if (again.size() != 1 || again.front().bytes != a.bytes) {
            return QStringLiteral("a frame framed again is not itself");
        }
        const ImapParseResult result = ImapParser::parse(a.bytes, options);
        if (result.isOk()) {
            const QString problem = checkResponse(*result.response, utf8);
            if (!problem.isEmpty()) {
                return problem;
            }
        } else if (result.error.offset < 0 || result.error.offset > a.bytes.size()) {
            return QStringLiteral("a parse error has an offset outside the frame");
        }
    }
    return {};
}

} // namespace Letterbox::Fuzz
