// MainWindow's message and folder actions: what each menu entry and shortcut does.
#include "gui/mainwindow.h"

#include "gui/iconproxymodel.h"
#include "gui/mainactions.h"
#include "gui/messagelistview.h"
#include "gui/messageundo.h"
#include "gui/movetodialog.h"
#include "gui/traynotifier.h"
#include "models/foldertreemodel.h"
#include "models/messagelistmodel.h"
#include "models/messagetags.h"
#include "models/roles.h"
#include "services/session/mailsession.h"

#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

#include <map>

namespace Letterbox::Gui {

using Models::FolderTreeModel;
using Models::MessageRef;

namespace {
/// The selected messages grouped by account, in row order.
std::map<int, QList<qint64>> byAccount(const QList<MessageRef> &messages)
{
    std::map<int, QList<qint64>> groups;
    for (const MessageRef &message : messages) {
        groups[message.account].append(message.id);
    }
    return groups;
}
} // namespace

int MainWindow::selectionAccount(QList<qint64> *ids) const
{
    const auto groups = byAccount(m_listModel->messagesAt(m_listView->selectedMessageRows()));
    if (groups.size() != 1) {
        return -1;
    }
    *ids = groups.begin()->second;
    return groups.begin()->first;
}

void MainWindow::getMessages()
{
    if (m_session->isOffline()) {
        const auto answer = QMessageBox::question(
            this, tr("Get Messages"), tr("You are working offline. Go online and get new messages?"));
        if (answer != QMessageBox::Yes) {
            return;
        }
        m_session->setOffline(false); // going online syncs every account
        return;
    }
    m_session->syncAll();
}

void MainWindow::deleteSelected()
{
    const QList<MessageRef> messages = m_listModel->messagesAt(m_listView->selectedMessageRows());
    if (messages.isEmpty()) {
        return;
    }
    const bool inTrash = m_shownFolder.data(Models::SpecialUseRole).toInt() == int(Store::SpecialUse::Trash);
    if (inTrash
        && QMessageBox::question(this, tr("Delete for Good"),
               tr("Delete %n message(s) for good? This cannot be undone.", nullptr, int(messages.size())))
            != QMessageBox::Yes) {
        return;
    }
    const auto groups = byAccount(messages);
    m_undoStack->beginMacro(tr("Delete %n message(s)", nullptr, int(messages.size())));
    for (const auto &[account, ids] : groups) {
        m_undoStack->push(new MoveCommand(*m_session, account, ids, 0, MoveCommand::Kind::Delete,
            [this](const QString &error) { reportError(error); }));
    }
    m_undoStack->endMacro();
}

void MainWindow::toggleRead()
{
    const QModelIndexList rows = m_listView->selectedMessageRows();
    bool anyUnread = false;
    for (const QModelIndex &row : rows) {
        anyUnread = anyUnread || row.data(Models::IsUnreadRole).toBool();
    }
    m_markReadTimer.stop();
    const auto groups = byAccount(m_listModel->messagesAt(rows));
    m_undoStack->beginMacro(anyUnread ? tr("Mark read") : tr("Mark unread"));
    for (const auto &[account, ids] : groups) {
        m_undoStack->push(new FlagCommand(*m_session, account, ids, Store::MessageFlag::Seen, anyUnread,
            [this](const QString &error) { reportError(error); }));
    }
    m_undoStack->endMacro();
}

void MainWindow::markFolderRead()
{
    QList<MessageRef> messages;
    messages.reserve(m_listModel->rowCount());
    for (int row = 0; row < m_listModel->rowCount(); ++row) {
        messages.append(m_listModel->messageAt(row)); // ids only: no record is read
    }
    const auto groups = byAccount(messages);
    m_undoStack->beginMacro(tr("Mark all read"));
    for (const auto &[account, ids] : groups) {
        m_undoStack->push(new FlagCommand(*m_session, account, ids, Store::MessageFlag::Seen, true,
            [this](const QString &error) { reportError(error); }));
    }
    m_undoStack->endMacro();
}

void MainWindow::toggleFlag()
{
    const QModelIndexList rows = m_listView->selectedMessageRows();
    bool anyUnflagged = false;
    for (const QModelIndex &row : rows) {
        anyUnflagged = anyUnflagged || !row.data(Models::IsFlaggedRole).toBool();
    }
    const auto groups = byAccount(m_listModel->messagesAt(rows));
    m_undoStack->beginMacro(anyUnflagged ? tr("Flag") : tr("Unflag"));
    for (const auto &[account, ids] : groups) {
        m_undoStack->push(new FlagCommand(*m_session, account, ids, Store::MessageFlag::Flagged, anyUnflagged,
            [this](const QString &error) { reportError(error); }));
    }
    m_undoStack->endMacro();
}

void MainWindow::toggleTag(const QString &keyword)
{
    const QModelIndexList rows = m_listView->selectedMessageRows();
    bool anyWithout = false;
    for (const QModelIndex &row : rows) {
        anyWithout = anyWithout || !row.data(Models::KeywordsRole).toStringList().contains(keyword);
    }
    const std::optional<Models::MessageTag> tag = Models::MessageTags::find(keyword);
    const QString name = tag ? tag->name : keyword;
    m_undoStack->beginMacro(anyWithout ? tr("Tag %1").arg(name) : tr("Remove Tag %1").arg(name));
    for (const auto &[account, ids] : byAccount(m_listModel->messagesAt(rows))) {
        m_undoStack->push(new FlagCommand(
            *m_session, account, ids, keyword, name, anyWithout, [this](const QString &error) { reportError(error); }));
    }
    m_undoStack->endMacro();
    updateTagChecks();
}

void MainWindow::removeAllTags()
{
    const QModelIndexList rows = m_listView->selectedMessageRows();
    const auto groups = byAccount(m_listModel->messagesAt(rows));
    m_undoStack->beginMacro(tr("Remove All Tags"));
    for (const Models::MessageTag &tag : Models::MessageTags::defaults()) {
        for (const auto &[account, ids] : groups) {
            m_undoStack->push(new FlagCommand(*m_session, account, ids, tag.keyword, tag.name, false,
                [this](const QString &error) { reportError(error); }));
        }
    }
    m_undoStack->endMacro();
    updateTagChecks();
}

void MainWindow::updateTagChecks()
{
    // The Tag menu shows the current message's tags, as Thunderbird's does.
    const QStringList keywords = m_listView->currentIndex().data(Models::KeywordsRole).toStringList();
    const bool hasSelection = m_listView->selectionModel()->hasSelection();
    for (QAction *action : std::as_const(m_actions->tags)) {
        action->setEnabled(hasSelection);
        action->setChecked(keywords.contains(action->data().toString()));
    }
    m_actions->removeTags->setEnabled(hasSelection);
}

void MainWindow::moveOrCopySelected(bool copy)
{
    QList<qint64> ids;
    const int account = selectionAccount(&ids);
    if (account < 0) {
        if (m_listView->selectionModel()->hasSelection()) {
            reportError(tr("Choose messages of one account to move or copy them."));
        }
        return;
    }
    const qint64 shownFolder
        = m_shownFolder.data(Models::NodeKindRole).toInt() == int(FolderTreeModel::NodeKind::Folder)
        ? m_shownFolder.data(Models::FolderIdRole).toLongLong()
        : 0;
    MoveToDialog dialog(*m_folderModel, m_folderModel->accountIndex(account),
        copy ? tr("Copy %n message(s) to", nullptr, int(ids.size()))
             : tr("Move %n message(s) to", nullptr, int(ids.size())),
        shownFolder, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenFolderId() == 0) {
        return;
    }
    moveOrCopyDropped(account, ids, dialog.chosenFolderId(), copy);
}

void MainWindow::moveOrCopyDropped(int account, const QList<qint64> &ids, qint64 folderId, bool copy)
{
    if (copy) {
        const auto done = m_session->copy(account, ids, folderId);
        if (!done.ok()) {
            reportError(done.message());
        }
        return;
    }
    m_undoStack->push(new MoveCommand(*m_session, account, ids, folderId, MoveCommand::Kind::Move,
        [this](const QString &error) { reportError(error); }));
}

void MainWindow::selectNext(bool unreadOnly, int step)
{
    const int rows = m_listModel->rowCount();
    if (rows == 0) {
        return;
    }
    const QModelIndex current = m_listView->currentIndex();
    // A cursor on a row nobody selected (the focus put it there) is no position yet.
    const bool positioned
        = current.isValid() && m_listView->selectionModel()->isRowSelected(current.row(), current.parent());
    int row = positioned ? current.row() + step : (step > 0 ? 0 : rows - 1);
    for (; row >= 0 && row < rows; row += step) {
        // Records are read a page at a time: a long scan stays within the page cache.
        if (!unreadOnly || m_listModel->index(row, 0).data(Models::IsUnreadRole).toBool()) {
            const QModelIndex target = m_listView->model()->index(row, Models::MessageListModel::SubjectColumn);
            m_listView->setCurrentIndex(target);
            m_listView->scrollTo(target);
            return;
        }
    }
    statusBar()->showMessage(
        unreadOnly ? tr("No more unread messages in this folder.") : tr("No more messages in this folder."), 5000);
}

void MainWindow::setThreaded(bool threaded)
{
    m_listModel->setThreaded(threaded);
    m_settings->setThreaded(threaded);
    updateActions();
}

void MainWindow::newFolder()
{
    const int account = currentFolderAccount();
    if (account < 0) {
        return;
    }
    const QModelIndex parent = currentFolderIndex();
    const bool under = parent.data(Models::NodeKindRole).toInt() == int(FolderTreeModel::NodeKind::Folder);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"),
        under ? tr("Name of the new folder in %1:").arg(parent.data(Models::NameRole).toString())
              : tr("Name of the new folder:"),
        QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    const QString delimiter = under ? parent.data(Models::DelimiterRole).toString() : QString();
    const QString path
        = under && !delimiter.isEmpty() ? parent.data(Models::PathRole).toString() + delimiter + name : name;
    const auto done = m_session->createFolder(account, path, delimiter);
    if (!done.ok()) {
        QMessageBox::warning(this, tr("New Folder"), done.message());
    }
}

void MainWindow::renameFolder()
{
    const QModelIndex folder = currentFolderIndex();
    if (folder.data(Models::NodeKindRole).toInt() != int(FolderTreeModel::NodeKind::Folder)) {
        return;
    }
    const QString oldName = folder.data(Models::NameRole).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Folder"), tr("New name of %1:").arg(oldName), QLineEdit::Normal, oldName, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == oldName) {
        return;
    }
    const QString path = folder.data(Models::PathRole).toString();
    const QString delimiter = folder.data(Models::DelimiterRole).toString();
    const qsizetype cut = delimiter.isEmpty() ? -1 : path.lastIndexOf(delimiter);
    const QString newPath = cut >= 0 ? path.left(cut + delimiter.size()) + name : name;
    const auto done = m_session->renameFolder(
        folder.data(Models::AccountIndexRole).toInt(), folder.data(Models::FolderIdRole).toLongLong(), newPath);
    if (!done.ok()) {
        QMessageBox::warning(this, tr("Rename Folder"), done.message());
    }
}

void MainWindow::deleteFolder()
{
    const QModelIndex folder = currentFolderIndex();
    if (folder.data(Models::NodeKindRole).toInt() != int(FolderTreeModel::NodeKind::Folder)) {
        return;
    }
    const qint64 total = folder.data(Models::TotalCountRole).toLongLong();
    const auto answer = QMessageBox::warning(this, tr("Delete Folder"),
        tr("Delete the folder %1 and the %n message(s) in it? This cannot be undone.", nullptr, int(total))
            .arg(folder.data(Models::NameRole).toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const auto done = m_session->deleteFolder(
        folder.data(Models::AccountIndexRole).toInt(), folder.data(Models::FolderIdRole).toLongLong());
    if (!done.ok()) {
        QMessageBox::warning(this, tr("Delete Folder"), done.message());
    }
}

void MainWindow::showMessageMenu(const QPoint &position)
{
    if (!m_listView->indexAt(position).isValid()) {
        return;
    }
    QMenu menu(this);
    addComposeActions(&menu);
    m_actions->fillMessageMenu(&menu);
    menu.exec(m_listView->viewport()->mapToGlobal(position));
}

void MainWindow::showFolderMenu(const QPoint &position)
{
    const QModelIndex clicked = m_folderView->indexAt(position);
    if (!clicked.isValid()) {
        return;
    }
    m_folderView->setCurrentIndex(clicked);
    QMenu menu(this);
    m_actions->fillFolderMenu(&menu);
    if (m_accountSettingsAction && currentFolderAccount() >= 0) {
        menu.addSeparator();
        menu.addAction(m_accountSettingsAction);
    }
    menu.exec(m_folderView->viewport()->mapToGlobal(position));
}

void MainWindow::announceNewMail(int account, const QString &folder, int count)
{
    Q_UNUSED(folder)
    statusBar()->showMessage(
        tr("%n new message(s) for %1", nullptr, count).arg(m_session->accountName(account)), 10000);
    m_tray->notify(m_session->accountName(account), count);
    QApplication::alert(this);
}

} // namespace Letterbox::Gui
