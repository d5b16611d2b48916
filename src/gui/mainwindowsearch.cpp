// The main window's search: as you type over the cache, the quick filter, and for IMAP
// folders "search on server".
#include "gui/mainwindow.h"

#include "gui/iconproxymodel.h"
#include "gui/mainactions.h"
#include "gui/messagelistview.h"
#include "gui/quickfilterbar.h"
#include "models/foldertreemodel.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "services/session/mailsession.h"

#include <QLineEdit>
#include <QStatusBar>

namespace Letterbox::Gui {

using Models::FolderTreeModel;

void MainWindow::searchChanged(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        onFolderChanged(m_folderProxy->mapFromSource(m_shownFolder));
        return;
    }
    std::optional<Models::FolderScope> within;
    if (!m_actions->searchEverywhere->isChecked()
        && m_shownFolder.data(Models::NodeKindRole).toInt() == int(FolderTreeModel::NodeKind::Folder)) {
        within = Models::FolderScope {m_shownFolder.data(Models::AccountIndexRole).toInt(),
            m_shownFolder.data(Models::FolderIdRole).toLongLong()};
    }
    if (!m_listModel->showSearch(query, within)) {
        reportError(tr("The search could not be run."));
    }
    m_listView->setAccountColumnVisible(!within.has_value());
}

void MainWindow::applyQuickFilter()
{
    // The list is read again (a reset): the message being read stays selected if it passes.
    const Models::MessageRef current = m_listModel->messageAt(m_listView->currentIndex().row());
    m_listModel->setQuickFilter(m_filterBar->filter());
    if (const int row = current.isValid() ? m_listModel->rowOf(current) : -1; row >= 0) {
        m_listView->setCurrentIndex(m_listModel->index(row, Models::MessageListModel::SubjectColumn));
    }
    updateShownCount();
    updateActions();
}

void MainWindow::updateShownCount()
{
    if (m_filterBar) {
        const bool narrowed = !m_listModel->quickFilter().isEmpty() || !m_searchField->text().trimmed().isEmpty();
        m_filterBar->setShownCount(m_listModel->rowCount(), narrowed);
    }
}

bool MainWindow::canSearchOnServer() const
{
    if (m_searchField->text().trimmed().isEmpty()
        || m_shownFolder.data(Models::NodeKindRole).toInt() != int(FolderTreeModel::NodeKind::Folder)) {
        return false;
    }
    return m_session->isImap(m_shownFolder.data(Models::AccountIndexRole).toInt());
}

void MainWindow::searchOnServer()
{
    if (!canSearchOnServer()) {
        return;
    }
    const int account = m_shownFolder.data(Models::AccountIndexRole).toInt();
    const QString text = m_searchField->text().trimmed();
    m_serverSearch = m_session->searchOnServer(account, m_shownFolder.data(Models::FolderIdRole).toLongLong(), text);
    if (m_serverSearch != 0) {
        statusBar()->showMessage(tr("Searching “%1” on the server…").arg(text));
    }
}

void MainWindow::onServerSearchFinished(
    int account, quint64 request, const QList<qint64> &ids, int notFetched, const QString &error)
{
    if (request != m_serverSearch) {
        return; // an older search, or one of another window
    }
    m_serverSearch = 0;
    if (!error.isEmpty()) {
        reportError(error);
        if (ids.isEmpty()) {
            return;
        }
    }
    QList<Models::MessageRef> messages;
    messages.reserve(ids.size());
    for (qint64 id : ids) {
        messages.append(Models::MessageRef {account, id});
    }
    m_listModel->showMessages(messages);
    m_listView->setAccountColumnVisible(false);
    if (error.isEmpty()) {
        statusBar()->showMessage(notFetched > 0
                ? tr("The server found %n message(s)", nullptr, int(ids.size()) + notFetched)
                    + tr("; the newest %n are shown.", nullptr, int(ids.size()))
                : tr("The server found %n message(s).", nullptr, int(ids.size())),
            10000);
    }
    updateShownCount();
}

} // namespace Letterbox::Gui
