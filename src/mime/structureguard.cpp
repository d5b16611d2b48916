#include "mime/structureguard_p.h"

#include "mime/gmimeglue_p.h"
#include "mime/mimelimits.h"

#include <QCoreApplication>

#include <cstring>
#include <vector>

namespace Letterbox::Mime::Internal {

namespace {

const QByteArray s_replacementCharacter("\xEF\xBF\xBD");
const QByteArray s_renamedContentType("X-Letterbox-Nested-Content-Type");

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isLwsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), b.data(), a.size()) == 0;
}

// The line ending of a header field slice: "\r\n", "\n" or none (end of input).
QByteArrayView lineEndingOf(QByteArrayView field)
{
    if (field.endsWith("\r\n")) {
        return field.last(2);
    }
    if (field.endsWith('\n')) {
        return field.last(1);
    }
    return QByteArrayView();
}

/// One entry of the container stack: a multipart (with its "--boundary") or an
/// embedded message (no boundary; it ends with its parent multipart).
struct Frame
{
    QByteArray boundary; ///< "--b"; empty for an embedded message
    QByteArray closing; ///< "--b--"
    bool isDigest = false;
};

class Guard
{
public:
    explicit Guard(const QByteArray &input)
        : m_in(input)
    { }

    GuardedMessage run();

private:
    enum class State { Headers, Body };

    void processLine(qsizetype start, qsizetype end);
    bool handleBoundary(QByteArrayView line, qsizetype start, qsizetype end);
    void finishField();
    void endHeaderBlock(bool sawBlankLine, qsizetype blankStart, qsizetype blankEnd);
    void copyRaw(qsizetype start, qsizetype end);
    void startOutput(qsizetype upTo);
    void warnOnce(bool *flag, const QString &sentence);
    void cutAtPartLimit(qsizetype lineStart);

    const QByteArray &m_in;
    // The output is only built once something changes (most mail passes through
    // untouched); until then it equals the input read so far.
    QByteArray m_out;
    bool m_outputStarted = false;
    bool m_blockChanged = false;
    qsizetype m_blockStart = 0;
    GuardedMessage m_result;

    State m_state = State::Headers;
    std::vector<Frame> m_frames;
    bool m_topLevelBlock = true;
    bool m_defaultIsMessage = false;
    bool m_embeddedHeaders = false;
    bool m_stopped = false;
    int m_entities = 1;

    // The header block being collected; written out when it ends, so a too-deep
    // part can still have its Content-Type renamed.
    QByteArray m_block;
    QList<qsizetype> m_contentTypeNameOffsets;
    QByteArray m_contentType;
    QByteArray m_transferEncoding;
    qsizetype m_fieldStart = -1;
    qsizetype m_fieldEnd = -1;

    bool m_warnedFieldCut = false;
    bool m_warnedBlockCut = false;
    bool m_warnedNul = false;
    bool m_warnedAddresses = false;
    bool m_warnedEncodedWords = false;
    bool m_warnedDepth = false;
};

GuardedMessage Guard::run()
{
    const qsizetype size = m_in.size();
    qsizetype pos = 0;
    // A leading mbox "From " line is skipped by GMime; keep it out of the headers.
    if (m_in.startsWith("From ")) {
        const char *newline = static_cast<const char *>(std::memchr(m_in.constData(), '\n', size_t(size)));
        pos = newline ? (newline - m_in.constData()) + 1 : size;
        m_blockStart = pos;
    }
    while (pos < size && !m_stopped) {
        const char *begin = m_in.constData() + pos;
        const char *newline = static_cast<const char *>(std::memchr(begin, '\n', size_t(size - pos)));
        const qsizetype end = newline ? (newline - m_in.constData()) + 1 : size;
        processLine(pos, end);
        pos = end;
    }
    if (!m_stopped && m_state == State::Headers) {
        finishField();
        endHeaderBlock(false, size, size);
    }
    m_result.data = m_outputStarted ? m_out : m_in;
    return std::move(m_result);
}

void Guard::copyRaw(qsizetype start, qsizetype end)
{
    if (m_outputStarted) {
        m_out.append(m_in.constData() + start, end - start);
    }
}

void Guard::startOutput(qsizetype upTo)
{
    if (!m_outputStarted) {
        m_out.reserve(m_in.size() + 1024);
        m_out = m_in.left(upTo);
        m_outputStarted = true;
    }
}

void Guard::warnOnce(bool *flag, const QString &sentence)
{
    if (!*flag) {
        *flag = true;
        m_result.warnings.append(sentence);
    }
}

void Guard::processLine(qsizetype start, qsizetype end)
{
    QByteArrayView line(m_in.constData() + start, end - start);
    if (m_state == State::Body) {
        if (!handleBoundary(line, start, end)) {
            copyRaw(start, end);
        }
        return;
    }
    // GMime takes a boundary right after a message/rfc822 part's headers as an
    // empty message (parser_scan_message_part); elsewhere a boundary line in a
    // header block is just an invalid header line to it.
    if (m_embeddedHeaders && m_fieldStart < 0 && m_block.isEmpty() && handleBoundary(line, start, end)) {
        return;
    }
    const bool blank = line == "\n" || line == "\r\n" || line == "\r";
    if (blank) {
        finishField();
        endHeaderBlock(true, start, end);
        return;
    }
    if (isBlank(line.front()) && m_fieldStart >= 0) {
        m_fieldEnd = end; // a folded continuation of the current field
        return;
    }
    finishField();
    m_fieldStart = start;
    m_fieldEnd = end;
}

void Guard::finishField()
{
    if (m_fieldStart < 0) {
        return;
    }
    const QByteArrayView field(m_in.constData() + m_fieldStart, m_fieldEnd - m_fieldStart);
    m_fieldStart = -1;
    const QByteArrayView lineEnding = lineEndingOf(field);
    const QByteArrayView content = field.first(field.size() - lineEnding.size());

    // The field name as GMime reads it: up to ':', blanks only before the colon.
    qsizetype colon = -1;
    bool sawBlank = false;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content[i];
        if (c == ':') {
            colon = i;
            break;
        }
        if (isBlank(c)) {
            sawBlank = true;
        } else if (sawBlank || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            break;
        }
    }
    QByteArray name;
    QByteArray value;
    if (colon > 0) {
        name = content.first(colon).toByteArray();
        while (!name.isEmpty() && isBlank(name.back())) {
            name.chop(1);
        }
        value = content.sliced(colon + 1).toByteArray();
    } else {
        // Not a header: GMime warns and drops it. Keep it (shortened) so it does.
        value = content.toByteArray();
    }
    const QByteArray original = value;

    if (value.contains('\0')) {
        value.replace(QByteArrayView("\0", 1), s_replacementCharacter);
        warnOnce(&m_warnedNul,
            QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "The headers contain NUL bytes; they are shown as \xEF\xBF\xBD."));
    }
    if (colon > 0 && isAddressField(name)) {
        bool cut = false;
        value = guardAddressField(value, &cut);
        if (cut) {
            warnOnce(&m_warnedAddresses,
                QCoreApplication::translate("Letterbox::Mime::MessageParser",
                    "The %1 header lists too many addresses or malformed groups; only the first %2 are read.")
                    .arg(QString::fromLatin1(name.left(64)))
                    .arg(Limits::maxAddressesPerField));
        }
    }
    bool defused = false;
    value = guardEncodedWords(value, &defused);
    if (defused) {
        warnOnce(&m_warnedEncodedWords,
            QCoreApplication::translate("Letterbox::Mime::MessageParser",
                "The %1 header holds many broken encoded words; they are shown as they are.")
                .arg(QString::fromLatin1(name.left(64))));
    }
    const qsizetype room = Limits::maxHeaderFieldBytes - name.size() - 1;
    if (value.size() > room) {
        if (equalsIgnoringCase(name, "References") || equalsIgnoringCase(name, "In-Reply-To")) {
            // The newest Message-IDs are at the end and matter most for threading.
            QByteArray tail = value.right(room);
            const qsizetype angle = tail.indexOf('<');
            value = angle >= 0 ? QByteArray(" ") + tail.sliced(angle) : tail;
        } else {
            value.truncate(room);
        }
        while (!value.isEmpty() && (value.back() == '\r' || value.back() == '\n')) {
            value.chop(1);
        }
        warnOnce(&m_warnedFieldCut,
            QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "The %1 header is longer than %2 KiB and was shortened.")
                .arg(QString::fromLatin1(name.left(64)))
                .arg(Limits::maxHeaderFieldBytes / 1024));
    }
    if (value != original) {
        m_blockChanged = true;
    }

    const bool structural
        = equalsIgnoringCase(name, "Content-Type") || equalsIgnoringCase(name, "Content-Transfer-Encoding");
    const qsizetype fieldSize = name.size() + 1 + value.size() + lineEnding.size();
    if (!structural && m_block.size() + fieldSize > Limits::maxHeaderBlockBytes) {
        m_blockChanged = true;
        warnOnce(&m_warnedBlockCut,
            QCoreApplication::translate("Letterbox::Mime::MessageParser",
                "A header block is larger than %1 KiB; the rest of its headers are ignored.")
                .arg(Limits::maxHeaderBlockBytes / 1024));
        return;
    }

    if (equalsIgnoringCase(name, "Content-Type")) {
        m_contentTypeNameOffsets.append(m_block.size());
        m_contentType = value;
    } else if (equalsIgnoringCase(name, "Content-Transfer-Encoding")) {
        m_transferEncoding = value;
    }
    if (colon > 0) {
        m_block.append(content.first(colon + 1));
    }
    m_block.append(value);
    m_block.append(lineEnding);
    if (colon > 0 && m_topLevelBlock) {
        m_result.topLevelHeaders.append({name, value});
    }
}

void Guard::endHeaderBlock(bool sawBlankLine, qsizetype blankStart, qsizetype blankEnd)
{
    // What GMime will make of this entity (gmime-parser.c, parser_content_type).
    QByteArray type;
    QByteArray subtype;
    QByteArray boundary;
    if (m_contentType.contains('/')) {
        GObjectPtr<GMimeContentType> parsed(
            g_mime_content_type_parse(sharedParserOptions(), m_contentType.constData()));
        if (parsed) {
            type = QByteArray(g_mime_content_type_get_media_type(parsed.get())).toLower();
            subtype = QByteArray(g_mime_content_type_get_media_subtype(parsed.get())).toLower();
            boundary = QByteArray(g_mime_content_type_get_parameter(parsed.get(), "boundary"));
        }
    }
    if (type.isEmpty()) {
        type = m_defaultIsMessage ? QByteArrayLiteral("message") : QByteArrayLiteral("text");
        subtype = m_defaultIsMessage ? QByteArrayLiteral("rfc822") : QByteArrayLiteral("plain");
    }
    const QByteArray encoding = m_transferEncoding.trimmed().toLower();
    const bool encoded = encoding.contains("base64") || encoding.contains("quoted-printable")
        || encoding.contains("uue") || encoding.contains("uuencode");
    const bool isMultipart = type == "multipart" && !boundary.isEmpty();
    const bool isMessage = type == "message"
        && (subtype == "rfc822" || subtype == "rfc2822" || subtype == "global" || subtype == "news") && !encoded;

    State next = State::Body;
    if ((isMultipart || isMessage) && m_frames.size() >= size_t(Limits::maxNestingDepth)) {
        // Too deep: rename every Content-Type (GMime uses the last one) and declare
        // the entity opaque, so GMime neither recurses nor applies the digest default.
        for (qsizetype i = m_contentTypeNameOffsets.size() - 1; i >= 0; --i) {
            const qsizetype offset = m_contentTypeNameOffsets[i];
            const qsizetype colon = m_block.indexOf(':', offset);
            m_block.replace(offset, colon - offset, s_renamedContentType);
        }
        m_block.append("Content-Type: application/octet-stream\r\n");
        m_blockChanged = true;
        warnOnce(&m_warnedDepth,
            QCoreApplication::translate("Letterbox::Mime::MessageParser",
                "The message is nested deeper than %1 levels; the deeper parts are not shown.")
                .arg(Limits::maxNestingDepth));
    } else if (isMultipart) {
        const QByteArray delimiter = QByteArray("--") + boundary;
        m_frames.push_back({delimiter, delimiter + "--", subtype == "digest"});
    } else if (isMessage) {
        m_frames.push_back({QByteArray(), QByteArray(), false});
        next = State::Headers; // the embedded message's own header block follows
    }

    if (m_blockChanged) {
        startOutput(m_blockStart);
    }
    if (m_outputStarted) {
        m_out.append(m_block);
    }
    if (sawBlankLine) {
        copyRaw(blankStart, blankEnd);
    }
    m_blockStart = blankEnd;
    m_blockChanged = false;
    m_block.clear();
    m_contentTypeNameOffsets.clear();
    m_contentType.clear();
    m_transferEncoding.clear();
    m_topLevelBlock = false;
    m_defaultIsMessage = false;
    m_embeddedHeaders = next == State::Headers;
    m_state = next;
    if (next == State::Headers) {
        ++m_entities;
    }
}

bool Guard::handleBoundary(QByteArrayView line, qsizetype start, qsizetype end)
{
    if (line.size() < 2 || line[0] != '-' || line[1] != '-' || m_frames.empty()) {
        return false;
    }
    // GMime's check_boundary: innermost first, "--b--" before "--b", then only
    // linear white space may follow.
    auto matches = [&line](const QByteArray &prefix) {
        if (line.size() < prefix.size() || std::memcmp(line.data(), prefix.constData(), size_t(prefix.size())) != 0) {
            return false;
        }
        for (qsizetype i = prefix.size(); i < line.size(); ++i) {
            if (!isLwsp(line[i])) {
                return false;
            }
        }
        return true;
    };
    for (size_t k = m_frames.size(); k-- > 0;) {
        const Frame &frame = m_frames[k];
        if (frame.boundary.isEmpty()) {
            continue;
        }
        if (matches(frame.closing)) {
            m_frames.resize(k);
            copyRaw(start, end);
            m_state = State::Body;
            m_embeddedHeaders = false;
            return true;
        }
        if (matches(frame.boundary)) {
            if (m_entities >= Limits::maxParts) {
                cutAtPartLimit(start);
                return true;
            }
            const bool digest = frame.isDigest;
            m_frames.resize(k + 1);
            copyRaw(start, end);
            m_blockStart = end;
            m_state = State::Headers;
            m_embeddedHeaders = false;
            m_defaultIsMessage = digest;
            ++m_entities;
            return true;
        }
    }
    return false;
}

void Guard::cutAtPartLimit(qsizetype lineStart)
{
    startOutput(lineStart);
    // Close every open multipart so GMime sees a complete, well-formed end.
    for (size_t k = m_frames.size(); k-- > 0;) {
        if (!m_frames[k].boundary.isEmpty()) {
            m_out.append("\r\n");
            m_out.append(m_frames[k].boundary);
            m_out.append("--\r\n");
        }
    }
    m_stopped = true;
    m_result.warnings.append(QCoreApplication::translate(
        "Letterbox::Mime::MessageParser", "The message has more than %1 parts; the rest is not shown.")
                                 .arg(Limits::maxParts));
}

} // namespace

GuardedMessage guardStructure(const QByteArray &input)
{
    ensureGMimeInitialised();
    return Guard(input).run();
}

QByteArray guardAddressField(const QByteArray &value, bool *changed)
{
    *changed = false;
    // A field with this many colons is hostile whatever the quoting says: flatten
    // them all, so no reading of the quotes can give GMime deep group recursion.
    const bool flattenAll = value.count(':') > 256;
    QByteArray result = value;
    bool inQuote = false;
    bool inAngle = false;
    bool inGroup = false;
    bool sawGroupColon = false;
    int commentDepth = 0;
    int commas = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const char c = result[i];
        if (c == ':' && flattenAll) {
            if (sawGroupColon) {
                result[i] = ' ';
                *changed = true;
            }
            sawGroupColon = true;
            continue;
        }
        if ((inQuote || commentDepth > 0) && c == '\\') {
            ++i;
            continue;
        }
        if (inQuote) {
            inQuote = c != '"';
            continue;
        }
        if (commentDepth > 0) {
            commentDepth += c == '(' ? 1 : (c == ')' ? -1 : 0);
            continue;
        }
        switch (c) {
        case '"':
            inQuote = true;
            break;
        case '(':
            commentDepth = 1;
            break;
        case '<':
            inAngle = true;
            break;
        case '>':
            inAngle = false;
            break;
        case ':':
            if (!inAngle) {
                if (inGroup) {
                    result[i] = ' ';
                    *changed = true;
                }
                inGroup = true;
            }
            break;
        case ';':
            if (!inAngle) {
                inGroup = false;
            }
            break;
        case ',':
            if (!inAngle && ++commas >= Limits::maxAddressesPerField) {
                result.truncate(i);
                *changed = true;
                return result;
            }
            break;
        default:
            break;
        }
    }
    return result;
}

QByteArray guardEncodedWords(const QByteArray &value, bool *changed)
{
    *changed = false;
    if (value.count("=?") <= Limits::maxBrokenEncodedWords) {
        return value;
    }
    QList<qsizetype> orphans;
    qsizetype terminator = 0;
    for (qsizetype start = value.indexOf("=?"); start >= 0; start = value.indexOf("=?", start + 2)) {
        // Starts increase and so does the next terminator, so the searches together
        // read the value once. -1 means there is no terminator left at all.
        if (terminator >= 0 && terminator < start + 2) {
            terminator = value.indexOf("?=", start + 2);
        }
        if (terminator < 0 || terminator - start > Limits::maxEncodedWordBytes) {
            orphans.append(start);
        }
    }
    if (orphans.size() <= Limits::maxBrokenEncodedWords) {
        return value;
    }
    QByteArray result;
    result.reserve(value.size() + orphans.size());
    qsizetype copied = 0;
    for (const qsizetype start : std::as_const(orphans)) {
        result.append(value.constData() + copied, start + 1 - copied);
        result.append(' ');
        copied = start + 1;
    }
    result.append(value.constData() + copied, value.size() - copied);
    *changed = true;
    return result;
}

bool isAddressField(QByteArrayView name)
{
    static const char *const s_names[]
        = {"from", "sender", "reply-to", "to", "cc", "bcc", "resent-from", "resent-sender", "resent-to", "resent-cc",
            "resent-bcc", "resent-reply-to", "mail-followup-to", "mail-reply-to", "disposition-notification-to",
            "return-receipt-to", "errors-to", "return-path", "delivered-to", "x-original-to", "apparently-to"};
    for (const char *candidate : s_names) {
        if (equalsIgnoringCase(name, candidate)) {
            return true;
        }
    }
    return false;
}

} // namespace Letterbox::Mime::Internal
