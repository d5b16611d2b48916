#include "models/accountcaches.h"
#include "models/foldertreemodel.h"
#include "models/roles.h"
#include "modeltesting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Letterbox;
using namespace Letterbox::Store;
using Models::FolderTreeModel;
using ModelTesting::names;
using StoreTesting::Cache;
using StoreTesting::message;

namespace {

qint64 addFolder(Cache &cache, const QString &path, SpecialUse role = SpecialUse::None)
{
    const qint64 id = cache.addFolder(path);
    if (role != SpecialUse::None && !FolderStore(cache.db()).setRole(id, role).ok()) {
        qFatal("setRole failed");
    }
    return id;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        names.append(model.index(row, 0, parent).data(Models::NameRole).toString());
    }
    return names;
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(Models::NameRole).toString() == name) {
            return index;
        }
    }
    return {};
}

/// Watches a model for the signals a view loses its state on.
struct ResetWatch
{
    explicit ResetWatch(QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset)
        , layouts(model, &QAbstractItemModel::layoutChanged)
    { }
    QSignalSpy resets;
    QSignalSpy layouts;
};

} // namespace

class TestFolderTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestsAndOrdersFolders()
    {
        Cache cache; // has INBOX (Inbox)
        addFolder(cache, QStringLiteral("INBOX/Projects"));
        addFolder(cache, QStringLiteral("Zeta"));
        addFolder(cache, QStringLiteral("Trash"), SpecialUse::Trash);
        addFolder(cache, QStringLiteral("alpha"));
        addFolder(cache, QStringLiteral("Lists/dev"));
        addFolder(cache, QStringLiteral("Junk"), SpecialUse::Junk);
        addFolder(cache, QStringLiteral("Sent Items"), SpecialUse::Sent);
        addFolder(cache, QStringLiteral("Archive"), SpecialUse::Archive);
        const qint64 drafts = addFolder(cache, QStringLiteral("Drafts"), SpecialUse::Drafts);
        Models::AccountCaches caches;
        caches.addAccount(QStringLiteral("work"), &cache.db());
        FolderTreeModel model(caches);
        ModelTesting::attachTester(&model);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unifiedInboxIndex().row(), 0);
        QCOMPARE(model.unifiedInboxIndex().data().toString(), QStringLiteral("Unified Inbox"));
        const QModelIndex account = model.accountIndex(0);
        QCOMPARE(account.data().toString(), QStringLiteral("work"));
        QCOMPARE(account.data(Models::NodeKindRole).toInt(), int(FolderTreeModel::NodeKind::Account));
        QCOMPARE(childNames(model, account), names("Inbox|Drafts|Sent Items|Archive|Junk|Trash|alpha|Lists|Zeta"));
        const QModelIndex inbox = child(model, account, QStringLiteral("Inbox"));
        QCOMPARE(inbox.data(Models::PathRole).toString(), QStringLiteral("INBOX"));
        QCOMPARE(inbox.data(Models::IconNameRole).toString(), QStringLiteral("mail-folder-inbox"));
        QCOMPARE(childNames(model, inbox), names("Projects"));
        QCOMPARE(model.index(0, 0, inbox).data(Models::PathRole).toString(), QStringLiteral("INBOX/Projects"));
        const QModelIndex lists = child(model, account, QStringLiteral("Lists"));
        QCOMPARE(lists.data(Models::NodeKindRole).toInt(), int(FolderTreeModel::NodeKind::PathPart));
        QCOMPARE(lists.data(Models::FolderIdRole).toLongLong(), 0);
        QVERIFY(!model.flags(lists).testFlag(Qt::ItemIsSelectable));
        QCOMPARE(childNames(model, lists), names("dev"));
        QCOMPARE(model.folderIndex(0, drafts).data(Models::SpecialUseRole).toInt(), int(SpecialUse::Drafts));
        QCOMPARE(
            model.folderIndex(0, drafts).data(Models::IconNameRole).toString(), QStringLiteral("mail-folder-drafts"));
        QCOMPARE(model.folderIndex(0, drafts).parent(), account);
    }

    void unreadCountsFollowAFlagChange()
    {
        Cache work;
        Cache home;
        const QList<qint64> ids = MessageStore(work.db())
                                      .insert(work.inbox,
                                          {message(1, QStringLiteral("a")), message(2, QStringLiteral("b")),
                                              message(3, QStringLiteral("c"))})
                                      .value();
        QVERIFY(MessageStore(home.db()).insert(home.inbox, {message(1, QStringLiteral("d"))}).ok());
        Models::AccountCaches caches;
        caches.addAccount(QStringLiteral("work"), &work.db());
        caches.addAccount(QStringLiteral("home"), &home.db());
        FolderTreeModel model(caches);
        ModelTesting::attachTester(&model);
        const QModelIndex inbox = model.folderIndex(0, work.inbox);
        QCOMPARE(inbox.data().toString(), QStringLiteral("Inbox (3)"));
        QCOMPARE(inbox.data(Qt::EditRole).toString(), QStringLiteral("Inbox"));
        QCOMPARE(inbox.data(Models::UnreadCountRole).toLongLong(), 3);
        QCOMPARE(inbox.data(Models::TotalCountRole).toLongLong(), 3);
        QVERIFY(inbox.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.unifiedInboxIndex().data(Models::UnreadCountRole).toLongLong(), 4);
        QCOMPARE(model.unifiedInboxIndex().data().toString(), QStringLiteral("Unified Inbox (4)"));

        ResetWatch watch(&model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(MessageStore(work.db()).changeFlags({ids.at(0), ids.at(1)}, MessageFlag::Seen, {}).ok());
        QCOMPARE(inbox.data().toString(), QStringLiteral("Inbox (1)"));
        QCOMPARE(model.unifiedInboxIndex().data(Models::UnreadCountRole).toLongLong(), 2);
        QCOMPARE(changed.size(), 2); // the Inbox row and the unified Inbox row, nothing else
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), QModelIndex(inbox));
        QCOMPARE(watch.resets.size() + watch.layouts.size() + inserted.size(), 0);

        QVERIFY(MessageStore(work.db()).changeFlags({ids.at(2)}, MessageFlag::Seen, {}).ok());
        QCOMPARE(inbox.data().toString(), QStringLiteral("Inbox"));
        QVERIFY(!inbox.data(Qt::FontRole).isValid());
    }

    void structureChangesAreRowSignalsNotResets()
    {
        Cache cache;
        addFolder(cache, QStringLiteral("Lists/dev"));
        const qint64 alpha = addFolder(cache, QStringLiteral("alpha"));
        const qint64 zeta = addFolder(cache, QStringLiteral("Zeta"));
        Models::AccountCaches caches;
        caches.addAccount(QStringLiteral("work"), &cache.db());
        FolderTreeModel model(caches);
        ModelTesting::attachTester(&model);
        const QModelIndex account = model.accountIndex(0);
        const QPersistentModelIndex zetaRow = model.folderIndex(0, zeta);
        const QPersistentModelIndex listsRow = child(model, account, QStringLiteral("Lists"));
        ResetWatch watch(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        // The path part becomes a real folder: same row, now a folder.
        const qint64 lists = addFolder(cache, QStringLiteral("Lists"));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(listsRow.data(Models::NodeKindRole).toInt(), int(FolderTreeModel::NodeKind::Folder));
        QCOMPARE(listsRow.data(Models::FolderIdRole).toLongLong(), lists);

        addFolder(cache, QStringLiteral("beta"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(childNames(model, account), names("Inbox|alpha|beta|Lists|Zeta"));
        QVERIFY(FolderStore(cache.db()).remove(alpha).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(childNames(model, account), names("Inbox|beta|Lists|Zeta"));

        // A folder that becomes Trash moves up among the special folders.
        QVERIFY(FolderStore(cache.db()).setRole(zeta, SpecialUse::Trash).ok());
        QCOMPARE(moved.size(), 1);
        QCOMPARE(childNames(model, account), names("Inbox|Zeta|beta|Lists"));
        QVERIFY(zetaRow.isValid());
        QCOMPARE(zetaRow.row(), 1);
        QCOMPARE(zetaRow.data(Models::IconNameRole).toString(), QStringLiteral("user-trash"));
        QCOMPARE(watch.resets.size(), 0);

        // Another account joins at the end of the top level.
        Cache home;
        QSignalSpy topInserted(&model, &QAbstractItemModel::rowsInserted);
        caches.addAccount(QStringLiteral("home"), &home.db());
        QCOMPARE(topInserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(childNames(model, model.accountIndex(1)), names("Inbox"));
    }
};

QTEST_GUILESS_MAIN(TestFolderTreeModel)
#include "tst_foldertreemodel.moc"
