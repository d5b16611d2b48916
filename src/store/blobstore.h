#pragma once

#include "store/status.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QFile;

namespace Letterbox::Store {

class BlobBatch;
class BlobStore;

/// A committed blob: its key and its size in bytes.
struct BlobInfo
{
    QString key;
    qint64 size = 0;
};

/// What the blobs folder holds.
struct BlobUsage
{
    qint64 count = 0;
    qint64 bytes = 0;
};

/**
 * @short Streams one blob to disk: open, append…, commit (or abort).
 *
 * For a large IMAP literal or POP3 RETR, so the message never has to fit in memory. The
 * bytes go to a temporary file under `blobs/tmp/`; commit() makes them durable and visible
 * under a new key. Destroying an uncommitted writer aborts it (the temporary file goes).
 */
class BlobWriter
{
    // Its messages are looked up where lupdate files them (a class-scope tr() wins over
    // blobstore.cpp's helper, whose context is BlobStore's).
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Store::BlobWriter)

public:
    BlobWriter(BlobWriter &&other) noexcept;
    BlobWriter &operator=(BlobWriter &&other) noexcept;
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;
    ~BlobWriter();

    [[nodiscard]] bool isOpen() const { return m_file != nullptr; }
    /// Bytes appended so far.
    [[nodiscard]] qint64 size() const { return m_size; }

    Status append(QByteArrayView bytes);
    /// fsync(file) → rename into place → fsync(directory); only then returns the key.
    /// A writer opened by a BlobBatch stops after the fsync: its key is returned at once,
    /// but the file takes that name only at BlobBatch::commit().
    Result<BlobInfo> commit();
    /// Drops the temporary file. Safe to call twice.
    void abort();

private:
    friend class BlobBatch;
    friend class BlobStore;
    BlobWriter(BlobStore *store, std::unique_ptr<QFile> file, BlobBatch *batch = nullptr);

    BlobStore *m_store = nullptr;
    BlobBatch *m_batch = nullptr;
    std::unique_ptr<QFile> m_file;
    qint64 m_size = 0;
};

/**
 * @short The raw RFC 5322 messages of one cache, one file per blob, under `blobs/`.
 *
 * Durability order (DESIGN.md principle 3): a blob is written to `blobs/tmp/`, fsync'd,
 * renamed to its final name and its directory fsync'd before its key is returned — and
 * the row that points to it is committed only after that. A crash at any point leaves
 * either no blob, an orphan blob (no row; IntegrityCheck removes it) or a temporary file
 * (also removed), never a row pointing to a half-written file.
 *
 * Keys are 128 random bits in lower-case hex, made here and checked on every use
 * (isValidKey()), so no server string (a UIDL such as `../../x`, a Message-ID) ever
 * becomes part of a path. Files fan out over 256 subdirectories by the key's first two
 * characters. Each key names exactly one row's blob (copies get a new key through a hard
 * link), so removing a row's blob never has to ask who else uses it.
 */
class BlobStore
{
public:
    /// The steps of a commit, reported to the observer in the order they happen.
    enum class SyncStep { FileSynced, Renamed, DirectorySynced };
    using SyncObserver = std::function<void(SyncStep step, const QString &path)>;

    /// @p directory is the blobs folder itself (`<cache dir>/blobs`).
    explicit BlobStore(const QString &directory);

    [[nodiscard]] QString directory() const { return m_directory; }
    /// Creates the folder and its tmp/ (0700) when missing, durably.
    Status ensureDirectory();

    Result<BlobWriter> openWriter();
    /// Writes a whole blob (openWriter, append, commit).
    Result<BlobInfo> write(QByteArrayView bytes);
    Result<QByteArray> read(const QString &key) const;
    /// The file of @p key, for streaming readers; InvalidArgument for a key this store never makes.
    Result<QString> filePath(const QString &key) const;
    [[nodiscard]] bool contains(const QString &key) const;
    Result<qint64> size(const QString &key) const;
    /// Removes the blob; a blob that is already gone is not an error.
    Status remove(const QString &key);
    /// A second, independent key for the same bytes (a hard link, or a copy where links fail).
    Result<BlobInfo> duplicate(const QString &key);

    /// Every committed key (walks the folder).
    Result<QStringList> keys() const;
    Result<BlobUsage> usage() const;
    /// Removes leftovers of interrupted writes last modified before @p olderThan.
    Result<int> removeTemporaryFiles(const QDateTime &olderThan);

    [[nodiscard]] static bool isValidKey(QStringView key);
    /// For tests of the durability order.
    void setSyncObserver(SyncObserver observer) { m_observer = std::move(observer); }

private:
    friend class BlobBatch;
    friend class BlobWriter;

    Result<BlobWriter> openWriter(BlobBatch *batch);
    Result<BlobInfo> finish(QFile &file, qint64 size);
    /// Step 1 of a commit: the bytes reach the disk; closes @p file.
    Status syncFile(QFile &file);
    /// Step 1 for a whole batch: the closed temporary files reach the disk (one syncfs()).
    Status syncFiles(const QStringList &temporaryPaths);
    /// Step 2: the synced temporary file takes the name of @p key (not yet durable).
    Status place(const QString &temporaryPath, const QString &key);
    /// Step 3: the names in @p subdirectory survive a power cut.
    Status syncSubdirectory(const QString &subdirectory);
    Status ensureFanOut(const QString &subdirectory);
    void report(SyncStep step, const QString &path) const;
    [[nodiscard]] QString pathFor(const QString &key) const;
    [[nodiscard]] QString temporaryDirectory() const;

    QString m_directory;
    SyncObserver m_observer;
};

/**
 * @short Several blobs made durable together: all files synced by one syncfs(), then all
 * renamed into place, then one fsync of the directory that holds them.
 *
 * BlobStore::write() pays two fsyncs per blob, each a device flush; a download that
 * stores thousands of messages in batches of dozens pays two per batch instead. To make that one directory, a batch
 * picks a random fan-out directory when it starts and gives all its keys that first byte (the other 120 bits stay
 * random, and batches still spread over the 256 directories).
 *
 * The durability order of DESIGN.md principle 3 is the same as for a single blob, per
 * batch: a staged blob has its key but no file under that name, so BlobStore::contains()
 * is false and MessageStore::insert() refuses a row that points to it; commit() makes
 * every name exist and then durable, and only after it returns may the rows that point
 * to the keys be committed. A crash before the directory fsync leaves temporary files or
 * orphan blobs (IntegrityCheck removes both), never a row without its blob. Destroying a
 * batch that was not committed aborts it.
 */
class BlobBatch
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Store::BlobBatch)

public:
    explicit BlobBatch(BlobStore &store);
    BlobBatch(const BlobBatch &) = delete;
    BlobBatch &operator=(const BlobBatch &) = delete;
    ~BlobBatch();

    /// A streaming writer whose commit() stages its blob here (written, not yet synced or named).
    /// The batch must outlive the writer.
    Result<BlobWriter> openWriter();
    /// Stages a whole blob (openWriter, append, commit).
    Result<BlobInfo> write(QByteArrayView bytes);
    /// Syncs every staged blob's bytes at once (syncfs), renames each into place and
    /// fsyncs the directory once; only then do their keys exist. On failure none of them does. The batch is empty after
    /// it, ready for the next blobs.
    Status commit();
    /// Drops every staged blob. Safe to call twice.
    void abort();

    /// Blobs staged since the last commit.
    [[nodiscard]] int staged() const { return int(m_staged.size()); }

private:
    friend class BlobWriter;
    /// Called by a writer of this batch once @p file is written: closes it, reserves its key.
    Result<BlobInfo> stage(QFile &file, qint64 size);
    [[nodiscard]] QString nextKey();

    struct Staged
    {
        QString temporaryPath;
        QString key;
    };
    BlobStore &m_store;
    QString m_prefix; ///< the first two hex digits of every key, chosen at each start
    QList<Staged> m_staged;
};

} // namespace Letterbox::Store
