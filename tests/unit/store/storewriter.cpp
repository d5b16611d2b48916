// store-writer: the child process of tst_killedwriter. It writes batches of messages with
// blobs into a cache, forever, until it is killed:
//
//     store-writer CACHE_DIR BATCH_SIZE
//
// Each batch streams its blobs through BlobWriter (in several appends, so a kill can land
// in the middle of one), then inserts all its rows in one transaction with the subject
// "batch N", and prints "committed N" once the commit has returned. The test kills it at
// random moments and checks that the cache it leaves is consistent.

#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagestore.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace Letterbox::Store;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "store-writer: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 3) {
        return fail(QStringLiteral("usage: store-writer CACHE_DIR BATCH_SIZE"));
    }
    const int batchSize = arguments.at(2).toInt();
    Database database(arguments.at(1));
    if (const Status status = database.open(); !status.ok()) {
        return fail(status.message());
    }
    FolderStore folders(database);
    qint64 inbox = 0;
    if (const auto found = folders.findByPath(QStringLiteral("INBOX")); found.ok() && found.value()) {
        inbox = found.value()->id;
    } else {
        NewFolder folder;
        folder.path = QStringLiteral("INBOX");
        folder.uidValidity = 1;
        const Result<qint64> created = folders.create(folder);
        if (!created.ok()) {
            return fail(created.message());
        }
        inbox = created.value();
    }
    MessageStore messages(database);
    const Result<QList<quint32>> existing = messages.uids(inbox);
    if (!existing.ok()) {
        return fail(existing.message());
    }
    // Batches are all-or-nothing, so the highest UID tells where the previous run stopped.
    quint32 nextUid = existing.value().isEmpty() ? 1 : existing.value().last() + 1;
    qint64 batch = (nextUid - 1) / quint32(batchSize);
    std::printf("ready %lld\n", static_cast<long long>(batch));
    std::fflush(stdout);

    for (;; ++batch) {
        QList<NewMessage> rows;
        for (int i = 0; i < batchSize; ++i, ++nextUid) {
            Result<BlobWriter> writer = database.blobs().openWriter();
            if (!writer.ok()) {
                return fail(writer.message());
            }
            const QByteArray header = QByteArray("Message-ID: <") + QByteArray::number(nextUid)
                + "@writer>\r\nSubject: batch " + QByteArray::number(batch) + "\r\n\r\n";
            if (!writer.value().append(header).ok()) {
                return fail(QStringLiteral("append failed"));
            }
            for (int chunk = 0; chunk < 4; ++chunk) {
                if (!writer.value()
                         .append(QByteArray(QByteArray("uid ") + QByteArray::number(nextUid) + " line\r\n"))
                         .ok()) {
                    return fail(QStringLiteral("append failed"));
                }
            }
            const Result<BlobInfo> blob = writer.value().commit();
            if (!blob.ok()) {
                return fail(blob.message());
            }
            NewMessage m;
            m.uid = nextUid;
            m.subject = QStringLiteral("batch %1").arg(batch);
            m.messageId = QStringLiteral("<%1@writer>").arg(nextUid);
            m.fromAddress = QStringLiteral("writer@example.org");
            m.internalDate = QDateTime::currentDateTimeUtc();
            m.size = blob.value().size;
            m.bodyState = BodyState::Full;
            m.blobKey = blob.value().key;
            m.blobSize = blob.value().size;
            m.bodyText = QStringLiteral("uid %1 line").arg(nextUid);
            rows.append(m);
        }
        const Result<QList<qint64>> inserted = messages.insert(inbox, rows);
        if (!inserted.ok()) {
            return fail(inserted.message());
        }
        std::printf("committed %lld\n", static_cast<long long>(batch));
        std::fflush(stdout);
    }
}
