#include "store/blobstore.h"

#include "store/storelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Letterbox::Store {

namespace {

constexpr qsizetype s_keyLength = 32; // 128 bits in hex
const QLatin1StringView s_temporarySuffix(".part");

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::BlobStore", text);
}

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString randomHex()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

// A rename or a new file is durable only once the directory that holds the entry is
// fsync'd (POSIX leaves directory entries to the directory's own sync).
bool syncDirectory(const QString &path, int *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *error = errno;
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    *error = synced ? 0 : errno;
    ::close(fd);
    return synced;
}

bool makePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path)) {
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

Status blobError(const QString &what, const QString &path, const QString &reason)
{
    qCWarning(lcStore) << what << path << reason;
    return Status(ErrorCode::BlobFailed, what.arg(path, reason));
}

// A whole blob through a writer of BlobStore or of a BlobBatch: append, commit.
Result<BlobInfo> writeWhole(Result<BlobWriter> writer, QByteArrayView bytes)
{
    if (!writer.ok()) {
        return writer.status();
    }
    if (Status status = writer.value().append(bytes); !status.ok()) {
        return status;
    }
    return writer.value().commit();
}

} // namespace

// --- BlobWriter ---------------------------------------------------------------------------

BlobWriter::BlobWriter(BlobStore *store, std::unique_ptr<QFile> file, BlobBatch *batch)
    : m_store(store)
    , m_batch(batch)
    , m_file(std::move(file))
{ }

BlobWriter::BlobWriter(BlobWriter &&other) noexcept
    : m_store(other.m_store)
    , m_batch(other.m_batch)
    , m_file(std::move(other.m_file))
    , m_size(other.m_size)
{ }

BlobWriter &BlobWriter::operator=(BlobWriter &&other) noexcept
{
    if (this != &other) {
        abort();
        m_store = other.m_store;
        m_batch = other.m_batch;
        m_file = std::move(other.m_file);
        m_size = other.m_size;
    }
    return *this;
}

BlobWriter::~BlobWriter()
{
    abort();
}

Status BlobWriter::append(QByteArrayView bytes)
{
    if (!m_file) {
        return Status(ErrorCode::InvalidArgument, tr("The message file is not open for writing."));
    }
    if (m_file->write(bytes.data(), bytes.size()) != bytes.size()) {
        const Status status = blobError(
            tr("Letterbox could not write the message file %1: %2."), m_file->fileName(), m_file->errorString());
        abort();
        return status;
    }
    m_size += bytes.size();
    return {};
}

Result<BlobInfo> BlobWriter::commit()
{
    if (!m_file) {
        return Status(ErrorCode::InvalidArgument, tr("The message file is not open for writing."));
    }
    Result<BlobInfo> result = m_batch ? m_batch->stage(*m_file, m_size) : m_store->finish(*m_file, m_size);
    if (!result.ok()) {
        abort();
        return result;
    }
    m_file.reset();
    return result;
}

void BlobWriter::abort()
{
    if (m_file) {
        m_file->close();
        QFile::remove(m_file->fileName());
        m_file.reset();
    }
}

// --- BlobStore ----------------------------------------------------------------------------

BlobStore::BlobStore(const QString &directory)
    : m_directory(QDir::cleanPath(directory))
{ }

QString BlobStore::temporaryDirectory() const
{
    return m_directory + QLatin1String("/tmp");
}

bool BlobStore::isValidKey(QStringView key)
{
    if (key.size() != s_keyLength) {
        return false;
    }
    return std::all_of(key.begin(), key.end(), isHexDigit);
}

QString BlobStore::pathFor(const QString &key) const
{
    return m_directory + QLatin1Char('/') + QStringView(key).left(2) + QLatin1Char('/') + key;
}

void BlobStore::report(SyncStep step, const QString &path) const
{
    if (m_observer) {
        m_observer(step, path);
    }
}

Status BlobStore::ensureDirectory()
{
    const bool existed = QFileInfo(m_directory).isDir();
    if (!makePrivateDirectory(m_directory) || !makePrivateDirectory(temporaryDirectory())) {
        return Status(ErrorCode::DirectoryUnavailable,
            tr("Letterbox could not create the folder %1 for downloaded messages.").arg(m_directory));
    }
    if (!existed) {
        int error = 0;
        if (!syncDirectory(QFileInfo(m_directory).absolutePath(), &error)) {
            return blobError(tr("Letterbox could not save the folder %1: %2."), m_directory, systemError(error));
        }
    }
    return {};
}

Status BlobStore::ensureFanOut(const QString &subdirectory)
{
    if (QFileInfo(subdirectory).isDir()) {
        return {};
    }
    if (!makePrivateDirectory(subdirectory)) {
        return blobError(tr("Letterbox could not create the folder %1: %2."), subdirectory, systemError(errno));
    }
    // The new subdirectory's own entry must be durable before a file inside it can be.
    int error = 0;
    if (!syncDirectory(m_directory, &error)) {
        return blobError(tr("Letterbox could not save the folder %1: %2."), m_directory, systemError(error));
    }
    return {};
}

Result<BlobWriter> BlobStore::openWriter()
{
    return openWriter(nullptr);
}

Result<BlobWriter> BlobStore::openWriter(BlobBatch *batch)
{
    if (Status status = ensureDirectory(); !status.ok()) {
        return status;
    }
    auto file = std::make_unique<QFile>(temporaryDirectory() + QLatin1Char('/') + randomHex() + s_temporarySuffix);
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return blobError(
            tr("Letterbox could not create the message file %1: %2."), file->fileName(), file->errorString());
    }
    return BlobWriter(this, std::move(file), batch);
}

Status BlobStore::syncFile(QFile &file)
{
    const QString temporaryPath = file.fileName();
    if (!file.flush()) {
        return blobError(tr("Letterbox could not write the message file %1: %2."), temporaryPath, file.errorString());
    }
    if (::fsync(file.handle()) != 0) {
        return blobError(tr("Letterbox could not save the message file %1: %2."), temporaryPath, systemError(errno));
    }
    report(SyncStep::FileSynced, temporaryPath);
    file.close();
    return {};
}

Status BlobStore::syncFiles(const QStringList &temporaryPaths)
{
    const QString directory = temporaryDirectory();
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return blobError(tr("Letterbox could not save the message file %1: %2."), directory, systemError(errno));
    }
    // syncfs() reports write-back errors of the file system since Linux 5.8 (errseq); where
    // it is missing, each file is synced on its own.
    int error = ::syncfs(fd) == 0 ? 0 : errno;
    ::close(fd);
    if (error == ENOSYS) {
        error = 0;
        for (const QString &path : temporaryPaths) {
            const int file = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
            if (file < 0 || ::fsync(file) != 0) {
                error = errno;
            }
            if (file >= 0) {
                ::close(file);
            }
            if (error != 0) {
                return blobError(tr("Letterbox could not save the message file %1: %2."), path, systemError(error));
            }
        }
    } else if (error != 0) {
        return blobError(tr("Letterbox could not save the message file %1: %2."), directory, systemError(error));
    }
    for (const QString &path : temporaryPaths) {
        report(SyncStep::FileSynced, path);
    }
    return {};
}

Status BlobStore::place(const QString &temporaryPath, const QString &key)
{
    const QString finalPath = pathFor(key);
    if (Status status = ensureFanOut(QFileInfo(finalPath).absolutePath()); !status.ok()) {
        return status;
    }
    // Atomic: readers see no file or the whole file, never a partial one.
    if (::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        return blobError(tr("Letterbox could not save the message file %1: %2."), finalPath, systemError(errno));
    }
    report(SyncStep::Renamed, finalPath);
    return {};
}

Status BlobStore::syncSubdirectory(const QString &subdirectory)
{
    int error = 0;
    if (!syncDirectory(subdirectory, &error)) {
        return blobError(tr("Letterbox could not save the message file %1: %2."), subdirectory, systemError(error));
    }
    report(SyncStep::DirectorySynced, subdirectory);
    return {};
}

Result<BlobInfo> BlobStore::finish(QFile &file, qint64 size)
{
    // 1. The bytes reach the disk before any name points to them.
    if (Status status = syncFile(file); !status.ok()) {
        return status;
    }
    // 2. The name, atomically.
    const QString key = randomHex();
    if (Status status = place(file.fileName(), key); !status.ok()) {
        return status;
    }
    // 3. The new name survives a power cut: only now may a row point to the key.
    const QString finalPath = pathFor(key);
    if (Status status = syncSubdirectory(QFileInfo(finalPath).absolutePath()); !status.ok()) {
        // The file exists but its name may not be durable: do not hand out the key.
        ::unlink(QFile::encodeName(finalPath).constData());
        return status;
    }
    return BlobInfo {key, size};
}

Result<BlobInfo> BlobStore::write(QByteArrayView bytes)
{
    return writeWhole(openWriter(), bytes);
}

Result<QString> BlobStore::filePath(const QString &key) const
{
    if (!isValidKey(key)) {
        return Status(ErrorCode::InvalidArgument, tr("“%1” is not the name of a stored message.").arg(key.left(80)));
    }
    return pathFor(key);
}

bool BlobStore::contains(const QString &key) const
{
    return isValidKey(key) && QFileInfo(pathFor(key)).isFile();
}

Result<QByteArray> BlobStore::read(const QString &key) const
{
    Result<QString> path = filePath(key);
    if (!path.ok()) {
        return path.status();
    }
    QFile file(path.value());
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists()) {
            return Status(ErrorCode::BlobMissing, tr("The stored message %1 is missing.").arg(key));
        }
        return blobError(tr("Letterbox could not read the message file %1: %2."), path.value(), file.errorString());
    }
    return file.readAll();
}

Result<qint64> BlobStore::size(const QString &key) const
{
    Result<QString> path = filePath(key);
    if (!path.ok()) {
        return path.status();
    }
    const QFileInfo info(path.value());
    if (!info.isFile()) {
        return Status(ErrorCode::BlobMissing, tr("The stored message %1 is missing.").arg(key));
    }
    return info.size();
}

Status BlobStore::remove(const QString &key)
{
    Result<QString> path = filePath(key);
    if (!path.ok()) {
        return path.status();
    }
    if (::unlink(QFile::encodeName(path.value()).constData()) != 0 && errno != ENOENT) {
        return blobError(tr("Letterbox could not remove the message file %1: %2."), path.value(), systemError(errno));
    }
    return {};
}

Result<BlobInfo> BlobStore::duplicate(const QString &key)
{
    Result<QString> source = filePath(key);
    if (!source.ok()) {
        return source.status();
    }
    const QFileInfo info(source.value());
    if (!info.isFile()) {
        return Status(ErrorCode::BlobMissing, tr("The stored message %1 is missing.").arg(key));
    }
    const QString newKey = randomHex();
    const QString target = pathFor(newKey);
    const QString subdirectory = QFileInfo(target).absolutePath();
    if (Status status = ensureFanOut(subdirectory); !status.ok()) {
        return status;
    }
    // A hard link shares the (already durable) bytes; link() creates the name atomically.
    if (::link(QFile::encodeName(source.value()).constData(), QFile::encodeName(target).constData()) == 0) {
        int error = 0;
        if (!syncDirectory(subdirectory, &error)) {
            ::unlink(QFile::encodeName(target).constData());
            return blobError(tr("Letterbox could not save the message file %1: %2."), target, systemError(error));
        }
        report(SyncStep::DirectorySynced, subdirectory);
        return BlobInfo {newKey, info.size()};
    }
    // A file system without hard links: stream a copy through the ordinary durable path.
    Result<BlobWriter> writer = openWriter();
    if (!writer.ok()) {
        return writer.status();
    }
    QFile input(source.value());
    if (!input.open(QIODevice::ReadOnly)) {
        return blobError(tr("Letterbox could not read the message file %1: %2."), source.value(), input.errorString());
    }
    while (!input.atEnd()) {
        const QByteArray chunk = input.read(1 << 20);
        if (chunk.isEmpty() && input.error() != QFileDevice::NoError) {
            return blobError(
                tr("Letterbox could not read the message file %1: %2."), source.value(), input.errorString());
        }
        if (Status status = writer.value().append(chunk); !status.ok()) {
            return status;
        }
    }
    return writer.value().commit();
}

Result<QStringList> BlobStore::keys() const
{
    QStringList found;
    const QDir root(m_directory);
    if (!root.exists()) {
        return found;
    }
    const QStringList subdirectories = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &subdirectory : subdirectories) {
        if (subdirectory.size() != 2 || !std::all_of(subdirectory.begin(), subdirectory.end(), isHexDigit)) {
            continue; // tmp/ and anything that is not a fan-out directory
        }
        const QStringList names = QDir(root.filePath(subdirectory)).entryList(QDir::Files);
        for (const QString &name : names) {
            if (isValidKey(name) && name.startsWith(subdirectory)) {
                found.append(name);
            }
        }
    }
    return found;
}

Result<BlobUsage> BlobStore::usage() const
{
    Result<QStringList> all = keys();
    if (!all.ok()) {
        return all.status();
    }
    BlobUsage usage;
    for (const QString &key : all.value()) {
        const QFileInfo info(pathFor(key));
        ++usage.count;
        usage.bytes += info.size();
    }
    return usage;
}

Result<int> BlobStore::removeTemporaryFiles(const QDateTime &olderThan)
{
    int removed = 0;
    const QDir temporary(temporaryDirectory());
    if (!temporary.exists()) {
        return removed;
    }
    const QFileInfoList entries = temporary.entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        // A writer in another process (letterbox-cli beside the window) may still be
        // appending to a recent one; its mtime moves with every append.
        if (entry.lastModified() >= olderThan) {
            continue;
        }
        if (QFile::remove(entry.absoluteFilePath())) {
            ++removed;
        } else {
            qCWarning(lcStore) << "cannot remove the temporary file" << entry.absoluteFilePath();
        }
    }
    return removed;
}

// --- BlobBatch ----------------------------------------------------------------------------

BlobBatch::BlobBatch(BlobStore &store)
    : m_store(store)
{ }

BlobBatch::~BlobBatch()
{
    abort();
}

QString BlobBatch::nextKey()
{
    if (m_prefix.isEmpty()) {
        m_prefix = randomHex().left(2);
    }
    return m_prefix + randomHex().mid(2);
}

Result<BlobWriter> BlobBatch::openWriter()
{
    return m_store.openWriter(this);
}

Result<BlobInfo> BlobBatch::write(QByteArrayView bytes)
{
    return writeWhole(openWriter(), bytes);
}

Result<BlobInfo> BlobBatch::stage(QFile &file, qint64 size)
{
    // 1a. The bytes go to the kernel; the file keeps its temporary name until commit(),
    //     which makes every staged file durable at once.
    const QString temporaryPath = file.fileName();
    if (!file.flush()) {
        return blobError(tr("Letterbox could not write the message file %1: %2."), temporaryPath, file.errorString());
    }
    file.close();
    const QString key = nextKey();
    m_staged.append({temporaryPath, key});
    return BlobInfo {key, size};
}

Status BlobBatch::commit()
{
    // 1b. Every staged file's bytes reach the disk before any name points to them: one
    //     syncfs() for the batch instead of an fsync() per file, each of which waited for
    //     its own device flush (a fifth of a 10,000-message POP3 download, measured with
    //     perf; without a journal, ext4 cannot merge them).
    if (!m_staged.isEmpty()) {
        QStringList temporaryPaths;
        temporaryPaths.reserve(m_staged.size());
        for (const Staged &blob : std::as_const(m_staged)) {
            temporaryPaths.append(blob.temporaryPath);
        }
        if (Status status = m_store.syncFiles(temporaryPaths); !status.ok()) {
            abort();
            return status;
        }
    }
    // 2. Every name, each atomically; none durable yet.
    QStringList placed;
    QStringList subdirectories;
    Status failed;
    for (const Staged &blob : std::as_const(m_staged)) {
        if (failed = m_store.place(blob.temporaryPath, blob.key); !failed.ok()) {
            break;
        }
        placed.append(blob.key);
        const QString subdirectory = QFileInfo(m_store.pathFor(blob.key)).absolutePath();
        if (!subdirectories.contains(subdirectory)) {
            subdirectories.append(subdirectory);
        }
    }
    // 3. The names survive a power cut: one fsync per directory (one, as all keys share
    //    their first byte). Only after it may a row point to any of the keys.
    for (const QString &subdirectory : std::as_const(subdirectories)) {
        if (!failed.ok()) {
            break;
        }
        failed = m_store.syncSubdirectory(subdirectory);
    }
    if (!failed.ok()) {
        // Some names may not be durable: hand out none of the keys.
        for (const QString &key : std::as_const(placed)) {
            (void)m_store.remove(key);
        }
        abort();
        return failed;
    }
    m_staged.clear();
    m_prefix.clear(); // the next batch picks its own directory
    return {};
}

void BlobBatch::abort()
{
    for (const Staged &blob : std::as_const(m_staged)) {
        QFile::remove(blob.temporaryPath); // gone already once placed
    }
    m_staged.clear();
    m_prefix.clear();
}

} // namespace Letterbox::Store
