#pragma once

#include <QList>
#include <QObject>

#include <memory>

namespace Letterbox::Store {

/**
 * @short The store's change signals, for the item models of issue 10 (DESIGN.md principle 1).
 *
 * Every signal is emitted after the transaction that made the change has committed, so a
 * slot that reads the store sees the change; a rolled-back change emits nothing. One
 * notifier is shared by all Database objects open on the same cache file in this process,
 * so a model that reads through the GUI thread's Database hears what the engine thread's
 * Database wrote. Receivers in another thread get the signals queued (Qt::AutoConnection).
 *
 * Several changes to one folder in one transaction arrive as one signal per kind.
 */
class StoreNotifier : public QObject
{
    Q_OBJECT

public:
    ~StoreNotifier() override;

    /// The notifier shared by every Database open on @p cacheFilePath (an absolute path).
    static std::shared_ptr<StoreNotifier> forCache(const QString &cacheFilePath);

Q_SIGNALS:
    /// A folder was created, renamed, removed, or its role, subscription or sync state changed.
    void foldersChanged();
    /// The unread or total count of @p folderId may have changed.
    void folderCountsChanged(qint64 folderId);
    /// New rows in @p folderId (inserted, copied or moved in).
    void messagesInserted(qint64 folderId, const QList<qint64> &ids);
    /// Rows of @p folderId changed in place: flags, body state, UID.
    void messagesChanged(qint64 folderId, const QList<qint64> &ids);
    /// Rows left @p folderId (expunged, removed, or moved out).
    void messagesRemoved(qint64 folderId, const QList<qint64> &ids);
    /// An outbox entry was added, changed state or left.
    void outboxChanged();
    /// The offline journal changed (its pending count may differ).
    void journalChanged();

private:
    StoreNotifier();
};

} // namespace Letterbox::Store
