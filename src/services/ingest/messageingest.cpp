#include "services/ingest/messageingest.h"

#include "mime/messageparser.h"
#include "mime/mimetypes.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/messagestore.h"

#include <QtConcurrent/QtConcurrentMap>

namespace Letterbox::Services {

namespace {

constexpr qsizetype s_snippetLength = 160;
/// The search index keeps the start of long texts: enough to find a message by what it
/// says, without letting one huge mail grow the index by megabytes.
constexpr qsizetype s_maxIndexedText = 256 * 1024;

} // namespace

MessageIngest::MessageIngest(Store::Database &database)
    : m_database(database)
{ }

QString MessageIngest::snippetOf(const QString &displayText)
{
    QString snippet;
    snippet.reserve(s_snippetLength);
    bool pendingSpace = false;
    for (const QChar c : displayText) {
        if (snippet.size() >= s_snippetLength) {
            break;
        }
        if (c.isSpace()) {
            pendingSpace = !snippet.isEmpty();
            continue;
        }
        if (pendingSpace) {
            snippet += QLatin1Char(' ');
            pendingSpace = false;
        }
        snippet += c;
    }
    return snippet;
}

Store::NewMessage MessageIngest::fieldsOf(const Mime::ParsedMessage &parsed, qint64 rawSize)
{
    Store::NewMessage message;
    if (!parsed.from.isEmpty()) {
        message.fromName = parsed.from.first().name;
        message.fromAddress = parsed.from.first().email;
    }
    message.toSummary = Mime::toDisplayString(parsed.to);
    message.ccSummary = Mime::toDisplayString(parsed.cc);
    message.subject = parsed.subject;
    message.sentDate = parsed.date;
    message.messageId = parsed.messageId;
    message.inReplyTo = parsed.inReplyTo;
    message.references = parsed.references;
    message.snippet = snippetOf(parsed.displayText);
    message.bodyText = parsed.displayText.left(s_maxIndexedText);
    message.hasAttachments = parsed.hasAttachments;
    message.size = rawSize;
    return message;
}

Store::NewMessage MessageIngest::prepare(const QByteArray &bytes, qint64 rawSize)
{
    return fieldsOf(Mime::MessageParser::parse(bytes), rawSize);
}

Store::Result<QList<qint64>> MessageIngest::store(qint64 folderId, const QList<RawMessage> &messages)
{
    Store::BlobStore &blobs = m_database.blobs();
    // The blobs this call writes are made durable together (one directory fsync for the
    // batch), and before any row that points to them is committed.
    Store::BlobBatch batch(blobs);
    QList<Store::NewMessage> rows;
    rows.reserve(messages.size());
    QStringList written;
    const auto forgetWritten = [&] {
        for (const QString &key : std::as_const(written)) {
            blobs.remove(key);
        }
    };
    // The row fields of the messages no engine parsed yet, on every core at once: parsing
    // is most of the CPU time of a body download.
    QList<qsizetype> unparsed;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!messages.at(i).fields) {
            unparsed.append(i);
        }
    }
    const QList<Store::NewMessage> parsed = QtConcurrent::blockingMapped(unparsed, [&messages](qsizetype i) {
        const RawMessage &raw = messages.at(i);
        return prepare(raw.bytes, raw.size.value_or(raw.bytes.size()));
    });
    qsizetype nextParsed = 0;
    for (const RawMessage &raw : messages) {
        const qint64 size = raw.size.value_or(raw.bytes.size());
        Store::BlobInfo blob {raw.blobKey, size};
        if (raw.blobKey.isEmpty()) {
            const Store::Result<Store::BlobInfo> stored = batch.write(raw.bytes);
            if (!stored.ok()) {
                return stored.status(); // the batch drops what it staged
            }
            blob = stored.value();
            written.append(blob.key);
        }
        Store::NewMessage row = raw.fields ? *raw.fields : parsed.at(nextParsed++);
        row.uid = raw.uid;
        row.uidl = raw.uidl;
        row.flags = raw.flags;
        row.keywords = raw.keywords;
        row.internalDate = raw.internalDate.isValid() ? raw.internalDate : QDateTime::currentDateTimeUtc();
        row.bodyState = Store::BodyState::Full;
        row.blobKey = blob.key;
        row.blobSize = blob.size;
        rows.append(std::move(row));
    }
    if (Store::Status status = batch.commit(); !status.ok()) {
        return status;
    }
    Store::Result<QList<qint64>> ids = Store::MessageStore(m_database).insert(folderId, rows);
    if (!ids.ok()) {
        // The rows were not committed, so nothing points to these blobs: take them back
        // now rather than leave them to the next integrity check.
        forgetWritten();
    }
    return ids;
}

} // namespace Letterbox::Services
