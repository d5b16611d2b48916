#pragma once

// Helpers shared by the store tests: a cache in a temporary directory and messages to put in it.

#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagerecord.h"
#include "store/messagestore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace StoreTesting {

using namespace Letterbox::Store;

/// A message with the fields a header sync fills in.
inline NewMessage message(quint32 uid, const QString &subject, const QDateTime &date = {})
{
    NewMessage m;
    m.uid = uid;
    m.subject = subject;
    m.fromName = QStringLiteral("Alice Example");
    m.fromAddress = QStringLiteral("alice@example.org");
    m.toSummary = QStringLiteral("Bob <bob@example.org>");
    m.internalDate = date.isValid() ? date : QDateTime::fromSecsSinceEpoch(1700000000 + qint64(uid) * 60, Qt::UTC);
    m.sentDate = m.internalDate;
    m.size = 1000 + uid;
    m.messageId = QStringLiteral("<m%1@example.org>").arg(uid);
    m.snippet = QStringLiteral("Snippet of %1").arg(subject);
    return m;
}

/// The same message with a committed blob holding @p bytes.
inline NewMessage withBlob(NewMessage m, BlobStore &blobs, const QByteArray &bytes)
{
    const Result<BlobInfo> blob = blobs.write(bytes);
    if (!blob.ok()) {
        qFatal("cannot write a blob: %s", qPrintable(blob.message()));
    }
    m.blobKey = blob.value().key;
    m.blobSize = blob.value().size;
    m.bodyState = BodyState::Full;
    return m;
}

/// A cache in its own temporary directory, opened, with one IMAP folder.
struct Cache
{
    QTemporaryDir directory;
    std::unique_ptr<Database> database;
    qint64 inbox = 0;

    Cache()
    {
        database = std::make_unique<Database>(directory.path());
        const Status opened = database->open();
        if (!opened.ok()) {
            qFatal("cannot open the cache: %s", qPrintable(opened.message()));
        }
        NewFolder folder;
        folder.path = QStringLiteral("INBOX");
        folder.delimiter = QStringLiteral("/");
        folder.role = SpecialUse::Inbox;
        folder.uidValidity = 42;
        const Result<qint64> created = FolderStore(*database).create(folder);
        if (!created.ok()) {
            qFatal("cannot create INBOX: %s", qPrintable(created.message()));
        }
        inbox = created.value();
    }

    Database &db() { return *database; }

    qint64 addFolder(const QString &path, bool localOnly = false)
    {
        NewFolder folder;
        folder.path = path;
        folder.delimiter = QStringLiteral("/");
        folder.localOnly = localOnly;
        folder.uidValidity = localOnly ? 0 : 7;
        const Result<qint64> created = FolderStore(*database).create(folder);
        if (!created.ok()) {
            qFatal("cannot create a folder: %s", qPrintable(created.message()));
        }
        return created.value();
    }
};

} // namespace StoreTesting
