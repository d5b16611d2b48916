#include "services/actions/localactions.h"

#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/transaction.h"

#include <QJsonArray>

#include <algorithm>

namespace Letterbox::Services {

namespace {

QString flagName(Store::MessageFlag flag)
{
    switch (flag) {
    case Store::MessageFlag::Seen:
        return QStringLiteral("\\Seen");
    case Store::MessageFlag::Answered:
        return QStringLiteral("\\Answered");
    case Store::MessageFlag::Flagged:
        return QStringLiteral("\\Flagged");
    case Store::MessageFlag::Deleted:
        return QStringLiteral("\\Deleted");
    case Store::MessageFlag::Draft:
        return QStringLiteral("\\Draft");
    }
    return QStringLiteral("\\Flagged");
}

/// Commits @p transaction and hands back @p outcome, or why the commit failed.
Store::Result<ActionOutcome> committed(Store::Transaction &transaction, const ActionOutcome &outcome)
{
    if (Store::Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return outcome;
}

} // namespace

/// The messages of one folder that an action is about, ascending by id.
struct LocalActions::Group
{
    Store::Folder folder;
    QList<Store::MessageRecord> records;

    [[nodiscard]] QList<qint64> ids() const
    {
        QList<qint64> ids;
        for (const Store::MessageRecord &record : records) {
            ids.append(record.id);
        }
        return ids;
    }
    [[nodiscard]] bool journaled() const { return !folder.localOnly; }
};

/// A move's or copy's target and the messages to bring there.
struct LocalActions::Targeted
{
    Store::Folder target;
    QList<Group> groups;
};

LocalActions::LocalActions(Store::Database &database, bool imapAccount)
    : m_database(database)
    , m_imapAccount(imapAccount)
{ }

Store::Result<Store::Folder> LocalActions::existingFolder(qint64 folderId)
{
    Store::Result<std::optional<Store::Folder>> folder = Store::FolderStore(m_database).folder(folderId);
    if (!folder.ok()) {
        return folder.status();
    }
    if (!folder.value()) {
        return Store::Status(Store::ErrorCode::NotFound, tr("There is no folder %1 in this account.").arg(folderId));
    }
    return *folder.value();
}

Store::Result<QList<LocalActions::Group>> LocalActions::groupByFolder(const QList<qint64> &ids)
{
    Store::Result<QList<Store::MessageRecord>> records = Store::MessageQuery(m_database).records(ids);
    if (!records.ok()) {
        return records.status();
    }
    QList<Store::MessageRecord> sorted = records.value();
    std::sort(sorted.begin(), sorted.end(),
        [](const Store::MessageRecord &a, const Store::MessageRecord &b) { return a.id < b.id; });
    QList<Group> groups;
    for (const Store::MessageRecord &record : std::as_const(sorted)) {
        auto group = std::find_if(
            groups.begin(), groups.end(), [&](const Group &g) { return g.folder.id == record.folderId; });
        if (group == groups.end()) {
            Store::Result<Store::Folder> folder = existingFolder(record.folderId);
            if (!folder.ok()) {
                return folder.status();
            }
            groups.append(Group {folder.value(), {}});
            group = groups.end() - 1;
        }
        group->records.append(record);
    }
    return groups;
}

Store::Result<LocalActions::Targeted> LocalActions::targetAndGroups(const QList<qint64> &ids, qint64 targetFolderId)
{
    Store::Result<Store::Folder> target = existingFolder(targetFolderId);
    if (!target.ok()) {
        return target.status();
    }
    Store::Result<QList<Group>> groups = groupByFolder(ids);
    if (!groups.ok()) {
        return groups.status();
    }
    return Targeted {target.value(), groups.value()};
}

Store::Result<qint64> LocalActions::journalMessages(Store::JournalKind kind, const Group &group, QJsonObject args)
{
    Store::NewJournalEntry entry;
    entry.kind = kind;
    entry.folderId = group.folder.id;
    entry.folderPath = group.folder.path;
    QJsonArray ids;
    QJsonArray messageIds;
    for (const Store::MessageRecord &record : group.records) {
        ids.append(record.id);
        // With its angle brackets (the store keeps it without): SEARCH HEADER matches a
        // substring, and "<a@b>" cannot match inside "<xa@b>".
        messageIds.append(record.messageId.isEmpty() || record.messageId.startsWith(QLatin1Char('<'))
                ? record.messageId
                : QLatin1Char('<') + record.messageId + QLatin1Char('>'));
        // 0: the message came here by a local move or copy not replayed yet; the replay
        // of that one fills it in (offlinejournal.h).
        entry.uids.append(record.uid.value_or(0));
    }
    args.insert(QStringLiteral("ids"), ids);
    args.insert(QStringLiteral("messageIds"), messageIds);
    args.insert(QStringLiteral("uidValidity"), qint64(group.folder.sync.uidValidity));
    entry.args = args;
    return Store::OfflineJournal(m_database).append(entry);
}

Store::Result<qint64> LocalActions::journalFolder(
    Store::JournalKind kind, const QString &path, qint64 folderId, const QJsonObject &args)
{
    Store::NewJournalEntry entry;
    entry.kind = kind;
    entry.folderId = folderId;
    entry.folderPath = path;
    entry.args = args;
    return Store::OfflineJournal(m_database).append(entry);
}

Store::Result<ActionOutcome> LocalActions::markRead(const QList<qint64> &ids)
{
    return setFlag(ids, Store::MessageFlag::Seen, true);
}

Store::Result<ActionOutcome> LocalActions::markUnread(const QList<qint64> &ids)
{
    return setFlag(ids, Store::MessageFlag::Seen, false);
}

Store::Result<ActionOutcome> LocalActions::flag(const QList<qint64> &ids)
{
    return setFlag(ids, Store::MessageFlag::Flagged, true);
}

Store::Result<ActionOutcome> LocalActions::unflag(const QList<qint64> &ids)
{
    return setFlag(ids, Store::MessageFlag::Flagged, false);
}

Store::Result<ActionOutcome> LocalActions::setFlag(const QList<qint64> &ids, Store::MessageFlag flag, bool on)
{
    return changeMarks(
        ids, flagName(flag), on, [flag](const Store::MessageRecord &record) { return record.flags.testFlag(flag); },
        [flag, on](Store::MessageStore &messages, const QList<qint64> &changing) {
            return on ? messages.changeFlags(changing, flag, {}) : messages.changeFlags(changing, {}, flag);
        });
}

Store::Result<ActionOutcome> LocalActions::changeMarks(const QList<qint64> &ids, const QString &name, bool on,
    const std::function<bool(const Store::MessageRecord &)> &has, const MarkChange &change)
{
    Store::Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::Result<QList<Group>> groups = groupByFolder(ids);
    if (!groups.ok()) {
        return groups.status();
    }
    ActionOutcome outcome;
    Store::MessageStore messages(m_database);
    for (Group &group : groups.value()) {
        // Only the rows that change: what is already so needs nothing from the server.
        group.records.removeIf([&](const Store::MessageRecord &record) { return has(record) == on; });
        if (group.records.isEmpty()) {
            continue;
        }
        Store::Result<QList<qint64>> changed = change(messages, group.ids());
        if (!changed.ok()) {
            return changed.status();
        }
        outcome.ids += changed.value();
        if (group.journaled()) {
            Store::Result<qint64> entry = journalMessages(on ? Store::JournalKind::Flag : Store::JournalKind::Unflag,
                group, {{QStringLiteral("flags"), QJsonArray {name}}});
            if (!entry.ok()) {
                return entry.status();
            }
            outcome.journalIds.append(entry.value());
        }
    }
    return committed(transaction, outcome);
}

bool LocalActions::isValidKeyword(const QString &keyword)
{
    if (keyword.isEmpty() || keyword.size() > 64) {
        return false;
    }
    // atom-specials (RFC 9051 section 9) and the backslash of system flags.
    static const QString specials = QStringLiteral("(){ %*\"\\]");
    return std::all_of(keyword.cbegin(), keyword.cend(),
        [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f && !specials.contains(c); });
}

Store::Result<ActionOutcome> LocalActions::setKeyword(const QList<qint64> &ids, const QString &keyword, bool on)
{
    if (!isValidKeyword(keyword)) {
        return Store::Status(Store::ErrorCode::InvalidArgument, tr("\"%1\" cannot be a tag.").arg(keyword));
    }
    return changeMarks(
        ids, keyword, on, [&](const Store::MessageRecord &record) { return record.keywords.contains(keyword); },
        [&](Store::MessageStore &messages, const QList<qint64> &changing) {
            return on ? messages.changeKeywords(changing, {keyword}, {})
                      : messages.changeKeywords(changing, {}, {keyword});
        });
}

Store::Result<ActionOutcome> LocalActions::moveGroups(const QList<Group> &groups, const Store::Folder &target)
{
    ActionOutcome outcome;
    outcome.folderId = target.id;
    Store::MessageStore messages(m_database);
    for (const Group &group : groups) {
        if (group.folder.id == target.id) {
            continue; // already there
        }
        if (group.folder.localOnly != target.localOnly) {
            return Store::Status(Store::ErrorCode::InvalidArgument,
                tr("Messages cannot move between the local folder and the server folder (%1, %2).")
                    .arg(group.folder.path, target.path));
        }
        if (group.journaled()) {
            // Journaled with the UIDs they have in the source, before the move empties them.
            Store::Result<qint64> entry = journalMessages(Store::JournalKind::Move, group,
                {{QStringLiteral("target"), target.path}, {QStringLiteral("targetFolderId"), target.id}});
            if (!entry.ok()) {
                return entry.status();
            }
            outcome.journalIds.append(entry.value());
        }
        if (Store::Status status = messages.move(group.ids(), target.id); !status.ok()) {
            return status;
        }
        outcome.ids += group.ids();
        outcome.movedFrom.insert(group.folder.id, group.ids());
    }
    return outcome;
}

Store::Result<ActionOutcome> LocalActions::move(const QList<qint64> &ids, qint64 targetFolderId)
{
    Store::Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::Result<Targeted> targeted = targetAndGroups(ids, targetFolderId);
    if (!targeted.ok()) {
        return targeted.status();
    }
    Store::Result<ActionOutcome> outcome = moveGroups(targeted.value().groups, targeted.value().target);
    if (!outcome.ok()) {
        return outcome.status();
    }
    return committed(transaction, outcome.value());
}

Store::Result<ActionOutcome> LocalActions::copy(const QList<qint64> &ids, qint64 targetFolderId)
{
    Store::Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::Result<Targeted> targeted = targetAndGroups(ids, targetFolderId);
    if (!targeted.ok()) {
        return targeted.status();
    }
    const Store::Folder &target = targeted.value().target;
    ActionOutcome outcome;
    outcome.folderId = target.id;
    Store::MessageStore messages(m_database);
    for (const Group &group : std::as_const(targeted.value().groups)) {
        if (group.folder.localOnly != target.localOnly) {
            return Store::Status(Store::ErrorCode::InvalidArgument,
                tr("Messages cannot be copied between the local folder and the server folder (%1, %2).")
                    .arg(group.folder.path, target.path));
        }
        // copy() takes its sources ascending by id, as the group holds them: copies[i]
        // is the copy of the group's i-th message.
        Store::Result<QList<qint64>> copies = messages.copy(group.ids(), target.id);
        if (!copies.ok()) {
            return copies.status();
        }
        if (copies.value().size() != group.records.size()) {
            return Store::Status(Store::ErrorCode::NotFound, tr("A message to copy is no longer in the cache."));
        }
        outcome.ids += copies.value();
        if (group.journaled()) {
            QJsonArray copyIds;
            for (const qint64 id : copies.value()) {
                copyIds.append(id);
            }
            Store::Result<qint64> entry = journalMessages(Store::JournalKind::Copy, group,
                {{QStringLiteral("target"), target.path}, {QStringLiteral("targetFolderId"), target.id},
                    {QStringLiteral("copyIds"), copyIds}});
            if (!entry.ok()) {
                return entry.status();
            }
            outcome.journalIds.append(entry.value());
        }
    }
    return committed(transaction, outcome);
}

Store::Result<ActionOutcome> LocalActions::removeGroups(const QList<Group> &groups)
{
    ActionOutcome outcome;
    Store::MessageStore messages(m_database);
    for (const Group &group : groups) {
        if (group.journaled()) {
            Store::Result<qint64> entry = journalMessages(Store::JournalKind::Delete, group, {});
            if (!entry.ok()) {
                return entry.status();
            }
            outcome.journalIds.append(entry.value());
        }
        Store::Result<QList<qint64>> removed = messages.remove(group.ids());
        if (!removed.ok()) {
            return removed.status();
        }
        outcome.ids += removed.value();
        outcome.removed += removed.value();
    }
    return outcome;
}

Store::Result<ActionOutcome> LocalActions::deleteMessages(const QList<qint64> &ids)
{
    Store::Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::Result<QList<Group>> groups = groupByFolder(ids);
    if (!groups.ok()) {
        return groups.status();
    }
    Store::Result<std::optional<Store::Folder>> trash
        = Store::FolderStore(m_database).findByRole(Store::SpecialUse::Trash);
    if (!trash.ok()) {
        return trash.status();
    }
    QList<Group> toTrash;
    QList<Group> forGood;
    for (const Group &group : groups.value()) {
        const bool trashFits = trash.value() && trash.value()->id != group.folder.id
            && trash.value()->localOnly == group.folder.localOnly;
        (trashFits ? toTrash : forGood).append(group);
    }
    ActionOutcome outcome;
    if (!toTrash.isEmpty()) {
        Store::Result<ActionOutcome> moved = moveGroups(toTrash, *trash.value());
        if (!moved.ok()) {
            return moved.status();
        }
        outcome = moved.value();
    }
    Store::Result<ActionOutcome> removed = removeGroups(forGood);
    if (!removed.ok()) {
        return removed.status();
    }
    outcome.ids += removed.value().ids;
    outcome.removed = removed.value().removed;
    outcome.journalIds += removed.value().journalIds;
    return committed(transaction, outcome);
}

Store::Result<ActionOutcome> LocalActions::deleteForGood(const QList<qint64> &ids)
{
    Store::Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::Result<QList<Group>> groups = groupByFolder(ids);
    if (!groups.ok()) {
        return groups.status();
    }
    Store::Result<ActionOutcome> removed = removeGroups(groups.value());
    if (!removed.ok()) {
        return removed.status();
    }
    return committed(transaction, removed.value());
}

Store::Result<ActionOutcome> LocalActions::createFolder(const QString &path, const QString &delimiter)
{
    if (path.trimmed().isEmpty()) {
        return Store::Status(Store::ErrorCode::InvalidArgument, tr("A folder needs a name."));
    }
    Store::Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::FolderStore folders(m_database);
    Store::NewFolder folder;
    folder.path = path;
    folder.delimiter = delimiter;
    if (delimiter.isEmpty()) {
        Store::Result<std::optional<Store::Folder>> inbox = folders.findByRole(Store::SpecialUse::Inbox);
        if (!inbox.ok()) {
            return inbox.status();
        }
        folder.delimiter = inbox.value() ? inbox.value()->delimiter : QStringLiteral("/");
    }
    folder.localOnly = !m_imapAccount;
    Store::Result<qint64> created = folders.create(folder);
    if (!created.ok()) {
        return created.status();
    }
    ActionOutcome outcome;
    outcome.folderId = created.value();
    if (m_imapAccount) {
        Store::Result<qint64> entry = journalFolder(Store::JournalKind::CreateFolder, path, created.value(), {});
        if (!entry.ok()) {
            return entry.status();
        }
        outcome.journalIds.append(entry.value());
    }
    return committed(transaction, outcome);
}

Store::Result<ActionOutcome> LocalActions::renameFolder(qint64 folderId, const QString &newPath)
{
    if (newPath.trimmed().isEmpty()) {
        return Store::Status(Store::ErrorCode::InvalidArgument, tr("A folder needs a name."));
    }
    return changeFolder(folderId, newPath);
}

Store::Result<ActionOutcome> LocalActions::deleteFolder(qint64 folderId)
{
    return changeFolder(folderId, std::nullopt);
}

Store::Result<ActionOutcome> LocalActions::changeFolder(qint64 folderId, const std::optional<QString> &newPath)
{
    Store::Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::Result<Store::Folder> folder = existingFolder(folderId);
    if (!folder.ok()) {
        return folder.status();
    }
    if (folder.value().role == Store::SpecialUse::Inbox) {
        return Store::Status(Store::ErrorCode::InvalidArgument,
            newPath ? tr("The Inbox cannot be renamed.") : tr("The Inbox cannot be deleted."));
    }
    ActionOutcome outcome;
    outcome.folderId = folderId;
    if (!folder.value().localOnly) {
        Store::Result<qint64> entry = newPath
            ? journalFolder(Store::JournalKind::RenameFolder, folder.value().path, folderId,
                {{QStringLiteral("newPath"), *newPath}})
            : journalFolder(Store::JournalKind::DeleteFolder, folder.value().path, folderId, {});
        if (!entry.ok()) {
            return entry.status();
        }
        outcome.journalIds.append(entry.value());
    }
    Store::FolderStore folders(m_database);
    if (Store::Status status = newPath ? folders.rename(folderId, *newPath) : folders.remove(folderId); !status.ok()) {
        return status;
    }
    return committed(transaction, outcome);
}

} // namespace Letterbox::Services
