#include "protocol/imap/imapfetchparser_p.h"

#include <QTimeZone>

namespace Letterbox::Imap::Internal {

using namespace ImapLexer;

namespace {

std::optional<QByteArray> nstring(const ImapValue &value)
{
    if (value.isNil() || value.isList()) {
        return std::nullopt;
    }
    return value.text;
}

quint64 numberOf(const ImapValue &value)
{
    bool ok = false;
    const qulonglong n = value.isString() ? value.text.toULongLong(&ok) : 0;
    return ok ? n : 0; // a broken size is shown as 0 rather than losing the whole message
}

bool isNumber(const ImapValue &value)
{
    bool ok = false;
    value.text.toULongLong(&ok);
    return value.kind == ImapValue::Kind::Atom && ok;
}

QList<std::pair<QByteArray, QByteArray>> parametersOf(const ImapValue &value)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    if (!value.isList()) {
        return out;
    }
    for (std::size_t i = 0; i + 1 < value.items.size(); i += 2) {
        out.append({value.items[i].text.toUpper(), value.items[i + 1].text});
    }
    return out;
}

bool addressesOf(const ImapValue &value, QList<ImapAddress> &out)
{
    if (value.isNil()) {
        return true;
    }
    if (!value.isList()) {
        return false;
    }
    for (const ImapValue &entry : value.items) {
        if (!entry.isList() || entry.items.size() != 4) {
            return false;
        }
        ImapAddress address;
        address.name = nstring(entry.items[0]);
        address.adl = nstring(entry.items[1]);
        address.mailbox = nstring(entry.items[2]);
        address.host = nstring(entry.items[3]);
        if (!address.host) {
            address.kind = address.mailbox ? ImapAddress::Kind::GroupStart : ImapAddress::Kind::GroupEnd;
        }
        out.append(std::move(address));
    }
    return true;
}

void readExtensions(const std::vector<ImapValue> &items, std::size_t i, ImapBodyPart &part, bool single)
{
    // body-ext-1part: md5, dsp, lang, loc; body-ext-mpart: param, dsp, lang, loc. Anything
    // after them is a future extension and is skipped.
    if (i < items.size()) {
        if (single) {
            part.md5 = nstring(items[i]);
        } else {
            part.parameters = parametersOf(items[i]);
        }
    }
    if (++i < items.size() && items[i].isList() && !items[i].items.empty()) {
        part.disposition = items[i].items[0].text.toUpper();
        if (items[i].items.size() > 1) {
            part.dispositionParameters = parametersOf(items[i].items[1]);
        }
    } else if (i < items.size() && items[i].kind == ImapValue::Kind::String) {
        part.disposition = items[i].text.toUpper(); // seen from old Exchange: no list
    }
    if (++i < items.size()) {
        if (items[i].isList()) {
            for (const ImapValue &language : items[i].items) {
                part.language.append(language.text);
            }
        } else if (!items[i].isNil()) {
            part.language.append(items[i].text);
        }
    }
    if (++i < items.size()) {
        part.location = nstring(items[i]);
    }
}

bool readSectionSpec(ImapCursor &c, QByteArray &section)
{
    // "[" section "]": may hold "HEADER.FIELDS (A B)" and even quoted field names.
    if (!readChar(c, '[')) {
        return false;
    }
    const qsizetype start = c.pos;
    bool quoted = false;
    while (!c.atEnd()) {
        const char ch = c.data[c.pos];
        if (ch == '\r' || ch == '\n') {
            break;
        }
        if (ch == '"') {
            quoted = !quoted;
        } else if (ch == '\\' && quoted) {
            ++c.pos;
        } else if (ch == ']' && !quoted) {
            section = c.data.sliced(start, c.pos - start).toByteArray();
            ++c.pos;
            return true;
        }
        ++c.pos;
    }
    c.pos = start;
    return c.fail("unterminated section");
}

bool readFetchItem(ImapCursor &c, ImapFetchResponse &out)
{
    const qsizetype start = c.pos;
    qsizetype end = start;
    while (end < c.data.size()) {
        const char ch = c.data[end];
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-'
                || ch == '_')) {
            break;
        }
        ++end;
    }
    if (end == start) {
        return c.fail("expected a FETCH item");
    }
    const QByteArray name = c.data.sliced(start, end - start).toByteArray().toUpper();
    c.pos = end;

    if (name == "UID") {
        quint32 uid = 0;
        if (!readSpace(c) || !readNumber32(c, uid)) {
            return false;
        }
        if (uid == 0) {
            return c.fail("UID 0 is not a UID");
        }
        out.uid = ImapUid {uid};
        return true;
    }
    if (name == "FLAGS") {
        QList<QByteArray> flags;
        if (!readSpace(c) || !readChar(c, '(')) {
            return false;
        }
        while (c.peek() == ' ') {
            ++c.pos;
        }
        while (c.peek() != ')') {
            QByteArray flag;
            if (!readFlag(c, flag)) {
                return false;
            }
            flags.append(flag);
            while (c.peek() == ' ') {
                ++c.pos;
            }
        }
        ++c.pos;
        out.flags = flags;
        return true;
    }
    if (name == "MODSEQ") {
        quint64 modSeq = 0;
        if (!readSpace(c) || !readChar(c, '(') || !readNumber(c, modSeq) || !readChar(c, ')')) {
            return false;
        }
        out.modSeq = modSeq;
        return true;
    }
    if (name == "RFC822.SIZE") {
        quint64 size = 0;
        if (!readSpace(c) || !readNumber(c, size)) {
            return false;
        }
        out.size = size;
        return true;
    }
    if (name == "INTERNALDATE") {
        QByteArray text;
        if (!readSpace(c) || !readString(c, text)) {
            return false;
        }
        const QDateTime date = parseInternalDate(text);
        if (date.isValid()) {
            out.internalDate = date;
        }
        return true;
    }
    if (name == "ENVELOPE") {
        ImapValue value;
        ImapEnvelope envelope;
        if (!readSpace(c)) {
            return false;
        }
        const qsizetype at = c.pos;
        if (!readValue(c, value)) {
            return false;
        }
        if (!envelopeFromValue(value, envelope)) {
            c.pos = at;
            return c.fail("malformed ENVELOPE");
        }
        out.envelope = std::move(envelope);
        return true;
    }
    const bool bodyStructure = name == "BODYSTRUCTURE" || (name == "BODY" && c.peek() == ' ');
    if (bodyStructure) {
        ImapValue value;
        ImapBodyPart body;
        if (!readSpace(c)) {
            return false;
        }
        const qsizetype at = c.pos;
        if (!readValue(c, value)) {
            return false;
        }
        if (!bodyFromValue(value, body)) {
            c.pos = at;
            return c.fail("malformed BODYSTRUCTURE");
        }
        out.bodyStructure = std::move(body);
        return true;
    }
    if ((name == "BODY" || name == "BINARY") && c.peek() == '[') {
        ImapFetchSection section;
        section.binary = name == "BINARY";
        if (!readSectionSpec(c, section.section)) {
            return false;
        }
        if (c.peek() == '<') {
            quint64 origin = 0;
            ++c.pos;
            if (!readNumber(c, origin) || !readChar(c, '>')) {
                return false;
            }
            section.origin = origin;
        }
        if (!readSpace(c) || !readNString(c, section.data)) {
            return false;
        }
        out.sections.append(std::move(section));
        return true;
    }
    if (name == "BINARY.SIZE" && c.peek() == '[') {
        QByteArray ignored;
        quint64 size = 0;
        if (!readSectionSpec(c, ignored) || !readSpace(c) || !readNumber(c, size)) {
            return false;
        }
        out.binarySize = size;
        return true;
    }
    if (name == "RFC822" || name == "RFC822.HEADER" || name == "RFC822.TEXT") {
        ImapFetchSection section;
        section.section = name == "RFC822" ? QByteArray() : name.mid(7); // "HEADER", "TEXT"
        if (!readSpace(c) || !readNString(c, section.data)) {
            return false;
        }
        out.sections.append(std::move(section));
        return true;
    }
    // An item Letterbox does not know: "NAME[...]<...> value" kept as raw.
    QByteArray fullName = name;
    if (c.peek() == '[') {
        QByteArray spec;
        if (!readSectionSpec(c, spec)) {
            return false;
        }
        fullName += '[' + spec + ']';
    }
    ImapValue value;
    if (!readSpace(c) || !readValue(c, value)) {
        return false;
    }
    out.otherItems.append({fullName, std::move(value)});
    return true;
}

} // namespace

bool readFetchItems(ImapCursor &c, ImapFetchResponse &out, const ImapParserOptions &options)
{
    Q_UNUSED(options);
    if (!readChar(c, '(')) {
        return false;
    }
    while (c.peek() == ' ') {
        ++c.pos;
    }
    while (c.peek() != ')') {
        if (atLineEnd(c)) {
            return c.fail("unterminated FETCH list");
        }
        if (!readFetchItem(c, out)) {
            return false;
        }
        while (c.peek() == ' ') {
            ++c.pos;
        }
    }
    ++c.pos;
    return true;
}

bool envelopeFromValue(const ImapValue &value, ImapEnvelope &out)
{
    if (!value.isList() || value.items.size() < 10) {
        return false;
    }
    const auto &items = value.items;
    out.date = nstring(items[0]);
    out.subject = nstring(items[1]);
    return addressesOf(items[2], out.from) && addressesOf(items[3], out.sender) && addressesOf(items[4], out.replyTo)
        && addressesOf(items[5], out.to) && addressesOf(items[6], out.cc) && addressesOf(items[7], out.bcc)
        && (out.inReplyTo = nstring(items[8]), out.messageId = nstring(items[9]), true);
}

bool bodyFromValue(const ImapValue &value, ImapBodyPart &out)
{
    if (!value.isList() || value.items.empty()) {
        return false;
    }
    const auto &items = value.items;
    if (items[0].isList()) {
        std::size_t i = 0;
        while (i < items.size() && items[i].isList()) {
            ImapBodyPart child;
            if (!bodyFromValue(items[i], child)) {
                return false;
            }
            out.children.push_back(std::move(child));
            ++i;
        }
        out.type = QByteArrayLiteral("MULTIPART");
        if (i < items.size() && items[i].isString()) {
            out.subtype = items[i].text.toUpper();
        } else {
            out.subtype = QByteArrayLiteral("MIXED"); // RFC 2046 5.1.3: the default
        }
        readExtensions(items, i + 1, out, false);
        return true;
    }
    if (items.size() < 7 || !items[0].isString() || !items[1].isString()) {
        return false;
    }
    out.type = items[0].text.toUpper();
    out.subtype = items[1].text.toUpper();
    out.parameters = parametersOf(items[2]);
    out.id = nstring(items[3]);
    out.description = nstring(items[4]);
    out.encoding = items[5].text.toUpper();
    out.size = numberOf(items[6]);
    std::size_t i = 7;
    const bool message = out.type == "MESSAGE" && (out.subtype == "RFC822" || out.subtype == "GLOBAL");
    if (message && items.size() >= 10 && items[7].isList() && items[8].isList()) {
        ImapEnvelope envelope;
        ImapBodyPart inner;
        if (!envelopeFromValue(items[7], envelope) || !bodyFromValue(items[8], inner)) {
            return false;
        }
        out.envelope = std::move(envelope);
        out.children.push_back(std::move(inner));
        out.lines = numberOf(items[9]);
        i = 10;
    } else if (out.type == "TEXT" && items.size() > 7 && isNumber(items[7])) {
        out.lines = numberOf(items[7]);
        i = 8;
    }
    readExtensions(items, i, out, true);
    return true;
}

QDateTime parseInternalDate(QByteArrayView text)
{
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    QByteArray t = text.trimmed().toByteArray();
    // "d-Mon-yyyy hh:mm:ss +zzzz" or "dd-Mon-yyyy ...": make the day two digits.
    if (t.size() == 25 && t[1] == '-') {
        t.prepend('0');
    }
    if (t.size() != 26 || t[2] != '-' || t[6] != '-' || t[11] != ' ' || t[14] != ':' || t[17] != ':' || t[20] != ' '
        || (t[21] != '+' && t[21] != '-')) {
        return {};
    }
    auto digits = [&](int from, int count, bool &ok) {
        int value = 0;
        for (int k = from; k < from + count; ++k) {
            if (t[k] < '0' || t[k] > '9') {
                ok = false;
                return 0;
            }
            value = value * 10 + (t[k] - '0');
        }
        return value;
    };
    bool ok = true;
    const int day = digits(0, 2, ok);
    const int year = digits(7, 4, ok);
    const int hour = digits(12, 2, ok);
    const int minute = digits(15, 2, ok);
    const int second = digits(18, 2, ok);
    const int zoneHours = digits(22, 2, ok);
    const int zoneMinutes = digits(24, 2, ok);
    const QByteArrayView monthName = QByteArrayView(t).sliced(3, 3);
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (monthName.compare(QByteArrayView(months + 3 * m, 3), Qt::CaseInsensitive) == 0) {
            month = m + 1;
        }
    }
    if (!ok || month == 0 || zoneMinutes >= 60 || zoneHours > 14) {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    const int offset = (t[21] == '-' ? -1 : 1) * (zoneHours * 3600 + zoneMinutes * 60);
    return QDateTime(date, time, QTimeZone(offset));
}

} // namespace Letterbox::Imap::Internal
