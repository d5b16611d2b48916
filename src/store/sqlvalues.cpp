#include "store/sqlvalues.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Letterbox::Store::SqlValues {

qint64 fromDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : 0;
}

QDateTime toDateTime(qint64 milliseconds)
{
    return milliseconds == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

QString jsonIds(const QList<qint64> &ids)
{
    QString json;
    json.reserve(ids.size() * 8 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            json += QLatin1Char(',');
        }
        json += QString::number(ids.at(i));
    }
    json += QLatin1Char(']');
    return json;
}

QString jsonUids(const QList<quint32> &uids)
{
    QList<qint64> wide;
    wide.reserve(uids.size());
    for (quint32 uid : uids) {
        wide.append(uid);
    }
    return jsonIds(wide);
}

QList<quint32> uidsFromJson(const QString &json)
{
    QList<quint32> uids;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    uids.reserve(array.size());
    for (const QJsonValue &value : array) {
        uids.append(quint32(value.toInteger()));
    }
    return uids;
}

QVariant optionalUid(const std::optional<quint32> &uid)
{
    return uid ? QVariant(qint64(*uid)) : QVariant();
}

QString normalizeMessageId(const QString &messageId)
{
    QStringView id = QStringView(messageId).trimmed();
    if (id.startsWith(QLatin1Char('<'))) {
        id = id.mid(1);
    }
    if (id.endsWith(QLatin1Char('>'))) {
        id.chop(1);
    }
    // No whitespace belongs in a Message-ID (RFC 5322 section 3.6.4); folded headers leave
    // some behind, and the References column is space separated.
    QString normalized = id.toString();
    normalized.removeIf([](QChar c) { return c.isSpace(); });
    return normalized;
}

void JsonRows::beginRow()
{
    if (m_rows > 0) {
        m_text += QLatin1Char(',');
    }
    m_text += QLatin1Char('[');
    m_firstValue = true;
}

void JsonRows::endRow()
{
    m_text += QLatin1Char(']');
    ++m_rows;
}

void JsonRows::separate()
{
    if (!m_firstValue) {
        m_text += QLatin1Char(',');
    }
    m_firstValue = false;
}

void JsonRows::add(qint64 value)
{
    separate();
    m_text += QString::number(value);
}

void JsonRows::addNull()
{
    separate();
    m_text += QLatin1String("null");
}

namespace {

// Appends @p value as a JSON string; NUL and lone surrogates become U+FFFD.
void appendJsonString(QString &out, const QString &value)
{
    out += QLatin1Char('"');
    const QChar *data = value.constData();
    const qsizetype size = value.size();
    qsizetype plainFrom = 0;
    auto flushPlain = [&](qsizetype upTo) {
        if (upTo > plainFrom) {
            out.append(data + plainFrom, upTo - plainFrom);
        }
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\' && !QChar::isSurrogate(c)) {
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1].unicode())) {
            ++i; // a proper pair passes through
            continue;
        }
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c == 0 || QChar::isSurrogate(c)) {
                out += QChar(QChar::ReplacementCharacter);
            } else {
                out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            }
        }
    }
    flushPlain(size);
    out += QLatin1Char('"');
}

} // namespace

void JsonRows::add(const QString &value)
{
    separate();
    appendJsonString(m_text, value);
}

QString jsonStrings(const QStringList &values)
{
    QString json;
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            json += QLatin1Char(',');
        }
        appendJsonString(json, values.at(i));
    }
    json += QLatin1Char(']');
    return json;
}

QString JsonRows::text() const
{
    return QLatin1Char('[') + m_text + QLatin1Char(']');
}

QString jsonColumns(int count)
{
    QStringList columns;
    for (int i = 0; i < count; ++i) {
        columns.append(QStringLiteral("value->>%1").arg(i));
    }
    return columns.join(QLatin1String(", "));
}

QString messageColumns()
{
    return QStringLiteral(
        "m.id, m.folder_id, m.thread_id, m.uidvalidity, m.uid, m.uidl, m.modseq, m.flags, m.keywords, "
        "m.internal_date, m.sent_date, m.size, m.from_name, m.from_address, m.to_summary, m.cc_summary, "
        "m.subject, m.message_id, m.in_reply_to, m.reference_ids, m.snippet, m.has_attachments, m.body_state, "
        "m.blob_key, m.blob_size, m.last_access");
}

MessageRecord messageFrom(const Statement &statement)
{
    MessageRecord record;
    record.id = statement.int64(0);
    record.folderId = statement.int64(1);
    record.threadId = statement.int64(2);
    record.uidValidity = quint32(statement.int64(3));
    const QVariant uid = statement.value(4);
    if (!uid.isNull()) {
        record.uid = quint32(uid.toLongLong());
    }
    record.uidl = statement.value(5).toByteArray();
    record.modSeq = statement.int64(6);
    record.flags = MessageFlags::fromInt(int(statement.int64(7)));
    record.keywords = statement.text(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    record.internalDate = toDateTime(statement.int64(9));
    record.sentDate = toDateTime(statement.int64(10));
    record.size = statement.int64(11);
    record.fromName = statement.text(12);
    record.fromAddress = statement.text(13);
    record.toSummary = statement.text(14);
    record.ccSummary = statement.text(15);
    record.subject = statement.text(16);
    record.messageId = statement.text(17);
    record.inReplyTo = statement.text(18);
    record.references = statement.text(19).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    record.snippet = statement.text(20);
    record.hasAttachments = statement.int64(21) != 0;
    record.bodyState = BodyState(statement.int64(22));
    record.blobKey = statement.text(23);
    record.blobSize = statement.int64(24);
    record.lastAccess = toDateTime(statement.int64(25));
    return record;
}

QString joinKeywords(QStringList keywords)
{
    keywords.removeAll(QString());
    keywords.sort();
    keywords.removeDuplicates();
    return keywords.join(QLatin1Char(' '));
}

} // namespace Letterbox::Store::SqlValues
