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
    Result<BlobInfo> commit();
    /// Drops the temporary file. Safe to call twice.
    void abort();

private:
    friend class BlobStore;
    BlobWriter(BlobStore *store, std::unique_ptr<QFile> file);

    BlobStore *m_store = nullptr;
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
    friend class BlobWriter;

    Result<BlobInfo> finish(QFile &file, qint64 size);
    Status ensureFanOut(const QString &subdirectory);
    void report(SyncStep step, const QString &path) const;
    [[nodiscard]] QString pathFor(const QString &key) const;
    [[nodiscard]] QString temporaryDirectory() const;

    QString m_directory;
    SyncObserver m_observer;
};

} // namespace Letterbox::Store
