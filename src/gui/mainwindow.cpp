#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "gui/activitystatus.h"
#include "gui/iconproxymodel.h"
#include "gui/icons.h"
#include "gui/inspector/protocolinspector.h"
#include "gui/mainactions.h"
#include "gui/messagelistview.h"
#include "gui/messageview.h"
#include "gui/quickfilterbar.h"
#include "gui/traynotifier.h"
#include "letterboxversion.h"
#include "models/accountcaches.h"
#include "models/foldertreemodel.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "services/inspect/connectionregistry.h"
#include "services/session/mailsession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Letterbox::Gui {

using Models::FolderTreeModel;

MainWindow::MainWindow(Services::MailSession *session, const QString &configDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setWindowIcon(themeIcon(QStringLiteral("letterbox")));

    QFont titleFont = m_ui->welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->welcomeTitle->setFont(titleFont);
    m_ui->welcomeText->setText(tr("No account is set up yet.\n\nAdd your email address with \"Add Account…\" "
                                  "(File menu), or from a terminal:\n"
                                  "letterbox-cli account add NAME --email ADDRESS --incoming imap --host HOST"));

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Letterbox"),
            tr("<h3>Letterbox %1</h3>"
               "<p>A desktop email client that shows what POP3, IMAP and SMTP "
               "do on the wire.</p>")
                .arg(QLatin1String(LETTERBOX_VERSION)));
    });
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_undoStack = new QUndoStack(this);
    m_configDirectory = configDirectory;
    setUpAccountActions();

    if (!m_session || m_session->accountCount() == 0) {
        m_statusLabel = new QLabel(tr("No account"), this);
        m_statusLabel->setAccessibleName(tr("Account status"));
        m_ui->statusBar->addWidget(m_statusLabel, 1);
        return;
    }
    openMailPage();
}

void MainWindow::openMailPage()
{
    const QString &configDirectory = m_configDirectory;
    if (m_statusLabel) {
        // The first account came through the wizard: the welcome page's status gives way.
        m_ui->statusBar->removeWidget(m_statusLabel);
        delete m_statusLabel;
        m_statusLabel = nullptr;
    }
    m_settings = std::make_unique<WindowSettings>(configDirectory);
    m_caches = new Models::AccountCaches(this);
    for (int i = 0; i < m_session->accountCount(); ++i) {
        m_caches->addAccount(m_session->accountName(i), m_session->database(i));
    }
    m_folderModel = new FolderTreeModel(*m_caches, this);
    m_folderProxy = new IconProxyModel({}, this);
    m_folderProxy->setSourceModel(m_folderModel);
    m_listModel = new Models::MessageListModel(*m_caches, this);
    connect(m_listModel, &Models::MessageListModel::readFailed, this, &MainWindow::reportError);

    buildPanes(configDirectory);
    buildActions();
    m_activity = new ActivityStatus(*m_session, this);
    m_activity->setObjectName(QStringLiteral("activityStatus"));
    m_ui->statusBar->addWidget(m_activity, 1);
    connect(
        m_activity, &ActivityStatus::offlineToggled, this, [this](bool offline) { m_session->setOffline(offline); });
    connect(m_session, &Services::MailSession::offlineChanged, this, [this](bool offline) {
        m_actions->workOffline->setChecked(offline);
        m_settings->setOffline(offline);
    });
    m_tray = new TrayNotifier(*m_folderModel, this);
    connect(m_session, &Services::MailSession::newMail, this, &MainWindow::announceNewMail);

    m_markReadTimer.setSingleShot(true);
    connect(&m_markReadTimer, &QTimer::timeout, this, &MainWindow::markCurrentRead);

    m_ui->pages->addWidget(m_mailPage);
    m_ui->pages->setCurrentWidget(m_mailPage);
    restoreWindowState();
    showStartFolder();
    addAccountMenus();
    updateActions();
}

MainWindow::~MainWindow()
{
    deleteComposers(); // they read m_caches and the session's databases
}

QString MainWindow::statusText() const
{
    return m_activity ? m_activity->activityText() : m_statusLabel->text();
}

void MainWindow::buildPanes(const QString &configDirectory)
{
    m_mailPage = new QWidget(this);
    m_mailPage->setObjectName(QStringLiteral("mailPage"));
    auto *layout = new QVBoxLayout(m_mailPage);
    layout->setContentsMargins(0, 0, 0, 0);

    m_folderView = new QTreeView(m_mailPage);
    m_folderView->setObjectName(QStringLiteral("folderTree"));
    m_folderView->setAccessibleName(tr("Folders"));
    m_folderView->setModel(m_folderProxy);
    m_folderView->setHeaderHidden(true);
    m_folderView->setUniformRowHeights(true);
    m_folderView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_folderView->expandToDepth(0);
    connect(m_folderProxy, &QAbstractItemModel::rowsInserted, m_folderView, [this](const QModelIndex &parent) {
        if (!parent.isValid()) {
            m_folderView->expandToDepth(0); // a new account opens expanded
        }
    });
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onFolderChanged(current); });
    connect(m_folderView, &QWidget::customContextMenuRequested, this, &MainWindow::showFolderMenu);
    // Messages dragged from the list onto a folder: moved (Ctrl: copied) like "Move to".
    m_folderView->setAcceptDrops(true);
    m_folderView->setDropIndicatorShown(true);
    m_folderView->setDragDropMode(QAbstractItemView::DropOnly);
    connect(m_folderModel, &FolderTreeModel::messagesDropped, this, &MainWindow::moveOrCopyDropped);

    m_listPane = new QWidget(m_mailPage);
    m_listPane->setObjectName(QStringLiteral("listPane"));
    auto *listLayout = new QVBoxLayout(m_listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    m_listView = new MessageListView(*m_listModel, m_listPane);
    listLayout->addWidget(m_listView);
    m_listView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentMessageChanged);
    connect(
        m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_listView, &QWidget::customContextMenuRequested, this, &MainWindow::showMessageMenu);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_listModel, signal, this, &MainWindow::updateShownCount);
    }
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateShownCount);
    connect(m_listModel, &Models::MessageListModel::folderRemoved, this,
        [this] { m_folderView->setCurrentIndex(m_folderProxy->mapFromSource(m_folderModel->unifiedInboxIndex())); });

    m_messagePane = new QStackedWidget(m_mailPage);
    m_messagePane->setObjectName(QStringLiteral("messagePane"));
    m_messagePlaceholder = new QLabel(tr("Select a message to read it."), m_messagePane);
    m_messagePlaceholder->setObjectName(QStringLiteral("messagePlaceholder"));
    m_messagePlaceholder->setAlignment(Qt::AlignCenter);
    m_messagePlaceholder->setWordWrap(true);
    m_messagePlaceholder->setEnabled(false);
    m_messagePane->addWidget(m_messagePlaceholder);
    m_view = new MessageView(m_messagePane);
    m_view->setObjectName(QStringLiteral("messageView"));
    m_view->setRemoteContentPolicy(QDir(configDirectory).filePath(QStringLiteral("remote-content.ini")));
    m_messagePane->addWidget(m_view);
    connect(m_view, &MessageView::bodyWanted, this, &MainWindow::onBodyWanted);
    connect(m_session, &Services::MailSession::bodyFetched, this, &MainWindow::onBodyFetched);

    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setPlaceholderText(tr("Search this folder… (Ctrl+K)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(360);
    connect(m_searchField, &QLineEdit::textChanged, this, &MainWindow::searchChanged);
}

void MainWindow::buildActions()
{
    m_actions = std::make_unique<MainActions>(this, *m_undoStack);
    m_actions->addMenus(menuBar(), m_ui->fileMenu, m_ui->helpMenu);
    auto *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addToolBarActions(toolBar);
    buildComposeActions();
    m_filterBar = new QuickFilterBar(
        m_actions->filterUnread, m_actions->filterFlagged, m_actions->filterAttachment, m_listPane);
    static_cast<QVBoxLayout *>(m_listPane->layout())->insertWidget(0, m_filterBar);
    connect(m_filterBar, &QuickFilterBar::filterChanged, this, &MainWindow::applyQuickFilter);
    m_filterBar->addButton(m_actions->searchOnServer);
    connect(m_actions->searchOnServer, &QAction::triggered, this, &MainWindow::searchOnServer);
    connect(m_session, &Services::MailSession::serverSearchFinished, this, &MainWindow::onServerSearchFinished);
    connect(m_searchField, &QLineEdit::textChanged, this, &MainWindow::updateActions);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_searchField);

    connect(m_actions->getMessages, &QAction::triggered, this, &MainWindow::getMessages);
    connect(m_actions->workOffline, &QAction::toggled, this, [this](bool offline) { m_session->setOffline(offline); });
    connect(m_actions->deleteMessages, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_actions->markRead, &QAction::triggered, this, &MainWindow::toggleRead);
    connect(m_actions->markAllRead, &QAction::triggered, this, &MainWindow::markFolderRead);
    connect(m_actions->flag, &QAction::triggered, this, &MainWindow::toggleFlag);
    for (QAction *tag : std::as_const(m_actions->tags)) {
        connect(tag, &QAction::triggered, this, [this, tag] { toggleTag(tag->data().toString()); });
    }
    connect(m_actions->removeTags, &QAction::triggered, this, &MainWindow::removeAllTags);
    // A tag set elsewhere (another device, the undo stack) shows in the menu's checks.
    connect(m_listModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateTagChecks);
    connect(m_actions->moveTo, &QAction::triggered, this, [this] { moveOrCopySelected(false); });
    connect(m_actions->copyTo, &QAction::triggered, this, [this] { moveOrCopySelected(true); });
    connect(m_actions->nextUnread, &QAction::triggered, this, [this] { selectNext(true, 1); });
    connect(m_actions->nextMessage, &QAction::triggered, this, [this] { selectNext(false, 1); });
    connect(m_actions->previousMessage, &QAction::triggered, this, [this] { selectNext(false, -1); });
    connect(m_actions->search, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    connect(m_actions->searchEverywhere, &QAction::toggled, this, [this](bool everywhere) {
        m_searchField->setPlaceholderText(
            everywhere ? tr("Search all accounts… (Ctrl+K)") : tr("Search this folder… (Ctrl+K)"));
        searchChanged(m_searchField->text());
    });
    connect(m_actions->threaded, &QAction::toggled, this, &MainWindow::setThreaded);
    connect(m_actions->expandThreads, &QAction::triggered, m_listModel, &Models::MessageListModel::expandAllThreads);
    connect(
        m_actions->collapseThreads, &QAction::triggered, m_listModel, &Models::MessageListModel::collapseAllThreads);
    connect(m_actions->layoutClassic, &QAction::triggered, this, [this] { setPaneLayout(PaneLayout::Classic); });
    connect(m_actions->layoutWide, &QAction::triggered, this, [this] { setPaneLayout(PaneLayout::Wide); });
    connect(m_actions->layoutVertical, &QAction::triggered, this, [this] { setPaneLayout(PaneLayout::Vertical); });
    connect(m_actions->newFolder, &QAction::triggered, this, &MainWindow::newFolder);
    connect(m_actions->renameFolder, &QAction::triggered, this, &MainWindow::renameFolder);
    connect(m_actions->deleteFolder, &QAction::triggered, this, &MainWindow::deleteFolder);
    connect(m_actions->markReadDelay, &QAction::triggered, this, &MainWindow::chooseMarkReadDelay);
    connect(m_actions->viewPlainText, &QAction::toggled, m_view, &MessageView::setPlainTextShown);
    connect(m_actions->viewAllHeaders, &QAction::toggled, m_view, &MessageView::setAllHeadersShown);
    connect(m_actions->viewSource, &QAction::toggled, m_view, &MessageView::setSourceShown);
    connect(m_actions->loadRemoteContent, &QAction::triggered, m_view, &MessageView::loadRemoteContent);
    connect(m_actions->protocolInspector, &QAction::triggered, this, &MainWindow::showProtocolInspector);
    connect(m_view, &MessageView::contentShown, this, [this] {
        const QSignalBlocker blockPlain(m_actions->viewPlainText);
        m_actions->viewPlainText->setChecked(m_view->isPlainTextShown());
        updateActions();
    });
}

void MainWindow::setPaneLayout(PaneLayout layout)
{
    if (m_outer && layout == m_layout) {
        return;
    }
    if (m_outer && m_settings) {
        m_settings->setSplitterState(m_layout, false, m_outer->saveState());
        if (m_inner) {
            m_settings->setSplitterState(m_layout, true, m_inner->saveState());
        }
    }
    rebuildSplitters(layout);
    m_layout = layout;
    if (m_settings) {
        m_settings->setLayout(layout);
        m_outer->restoreState(m_settings->splitterState(layout, false));
        if (m_inner) {
            m_inner->restoreState(m_settings->splitterState(layout, true));
        }
    }
    QAction *checked = layout == PaneLayout::Wide ? m_actions->layoutWide
        : layout == PaneLayout::Vertical          ? m_actions->layoutVertical
                                                  : m_actions->layoutClassic;
    checked->setChecked(true);
}

void MainWindow::rebuildSplitters(PaneLayout layout)
{
    QSplitter *oldOuter = m_outer;
    QSplitter *outer = nullptr;
    QSplitter *inner = nullptr;
    switch (layout) {
    case PaneLayout::Classic:
        outer = new QSplitter(Qt::Horizontal, m_mailPage);
        inner = new QSplitter(Qt::Vertical, outer);
        outer->addWidget(m_folderView);
        outer->addWidget(inner);
        inner->addWidget(m_listPane);
        inner->addWidget(m_messagePane);
        outer->setSizes({240, 860});
        inner->setSizes({300, 400});
        break;
    case PaneLayout::Wide:
        outer = new QSplitter(Qt::Vertical, m_mailPage);
        inner = new QSplitter(Qt::Horizontal, outer);
        inner->addWidget(m_folderView);
        inner->addWidget(m_listPane);
        outer->addWidget(inner);
        outer->addWidget(m_messagePane);
        inner->setSizes({240, 860});
        outer->setSizes({300, 400});
        break;
    case PaneLayout::Vertical:
        outer = new QSplitter(Qt::Horizontal, m_mailPage);
        outer->addWidget(m_folderView);
        outer->addWidget(m_listPane);
        outer->addWidget(m_messagePane);
        outer->setSizes({220, 420, 460});
        break;
    }
    outer->setObjectName(QStringLiteral("outerSplitter"));
    outer->setChildrenCollapsible(false);
    if (inner) {
        inner->setObjectName(QStringLiteral("innerSplitter"));
        inner->setChildrenCollapsible(false);
    }
    m_mailPage->layout()->addWidget(outer);
    m_outer = outer;
    m_inner = inner;
    delete oldOuter; // its panes have moved to the new splitters already
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_settings->geometry());
    restoreState(m_settings->windowState());
    setPaneLayout(m_settings->layout());
    const QByteArray header = m_settings->listHeaderState();
    if (!header.isEmpty()) {
        m_listView->header()->restoreState(header);
    }
    const QSignalBlocker blockThreads(m_actions->threaded);
    m_actions->threaded->setChecked(m_settings->threaded());
    m_listModel->setThreaded(m_settings->threaded());
    // The session was opened online or offline as window.ini said (app/main.cpp).
    const QSignalBlocker blockOffline(m_actions->workOffline);
    m_actions->workOffline->setChecked(m_session->isOffline());
}

void MainWindow::saveWindowState()
{
    if (!m_settings) {
        return;
    }
    m_settings->setGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_layout, false, m_outer->saveState());
    if (m_inner) {
        m_settings->setSplitterState(m_layout, true, m_inner->saveState());
    }
    m_settings->setListHeaderState(m_listView->header()->saveState());
    m_settings->setThreaded(m_listModel->isThreaded());
    const QModelIndex folder = currentFolderIndex();
    const bool isFolder = folder.data(Models::NodeKindRole).toInt() == int(FolderTreeModel::NodeKind::Folder);
    m_settings->setLastFolder(isFolder ? folder.data(Models::AccountIdRole).toString() : QString(),
        isFolder ? folder.data(Models::PathRole).toString() : QString());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    closeComposers(); // each keeps what was written as a draft
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showStartFolder()
{
    // The folder shown last, else the first account's Inbox (the first child: Inbox
    // sorts first), else the unified Inbox.
    const int lastAccount = m_caches->indexOf(m_settings->lastAccount());
    const QString lastPath = m_settings->lastFolder();
    const int account = lastAccount >= 0 ? lastAccount : 0;
    const QModelIndex accountNode = m_folderModel->accountIndex(account);
    QModelIndex start;
    QList<QModelIndex> stack {accountNode};
    while (!stack.isEmpty() && !start.isValid()) {
        const QModelIndex node = stack.takeFirst();
        for (int row = 0; row < m_folderModel->rowCount(node); ++row) {
            const QModelIndex child = m_folderModel->index(row, 0, node);
            const QString path = child.data(Models::PathRole).toString();
            const bool wanted = lastAccount >= 0 && !lastPath.isEmpty()
                ? path == lastPath
                : path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
            if (wanted && child.data(Models::NodeKindRole).toInt() == int(FolderTreeModel::NodeKind::Folder)) {
                start = child;
                break;
            }
            stack.append(child);
        }
    }
    if (!start.isValid()) {
        start = m_folderModel->unifiedInboxIndex();
    }
    m_folderView->setCurrentIndex(m_folderProxy->mapFromSource(start));
}

bool MainWindow::selectFolder(int account, qint64 folderId)
{
    const QModelIndex folder = m_folderModel ? m_folderModel->folderIndex(account, folderId) : QModelIndex();
    if (!folder.isValid()) {
        return false;
    }
    m_folderView->setCurrentIndex(m_folderProxy->mapFromSource(folder));
    return true;
}

QModelIndex MainWindow::currentFolderIndex() const
{
    return m_folderProxy->mapToSource(m_folderView->currentIndex());
}

int MainWindow::currentFolderAccount() const
{
    const QVariant account = currentFolderIndex().data(Models::AccountIndexRole);
    return account.isValid() ? account.toInt() : -1;
}

void MainWindow::onFolderChanged(const QModelIndex &current)
{
    const QModelIndex folder = m_folderProxy->mapToSource(current);
    m_markReadTimer.stop();
    if (folder != m_shownFolder) {
        // Another folder starts unfiltered, as in Thunderbird (clearing the search keeps it).
        m_filterBar->reset();
        m_listModel->resetQuickFilter();
    }
    {
        const QSignalBlocker blockSearch(m_searchField);
        m_searchField->clear();
    }
    const auto kind = FolderTreeModel::NodeKind(folder.data(Models::NodeKindRole).toInt());
    if (kind == FolderTreeModel::NodeKind::UnifiedInbox) {
        m_listModel->showUnifiedInbox();
        m_listView->setAccountColumnVisible(true);
    } else if (kind == FolderTreeModel::NodeKind::Folder) {
        m_listModel->showFolder(
            folder.data(Models::AccountIndexRole).toInt(), folder.data(Models::FolderIdRole).toLongLong());
        m_listView->setAccountColumnVisible(false);
    } else {
        m_listModel->clear();
    }
    m_shownFolder = QPersistentModelIndex(folder);
    m_messagePane->setCurrentWidget(m_messagePlaceholder);
    m_listView->header()->setSortIndicator(m_listModel->sortColumn(), m_listModel->sortOrder());
    const qint64 total = folder.data(Models::TotalCountRole).toLongLong();
    const qint64 unread = folder.data(Models::UnreadCountRole).toLongLong();
    m_messagePlaceholder->setText(kind == FolderTreeModel::NodeKind::Account
            ? tr("Choose a folder of %1.").arg(folder.data(Models::NameRole).toString())
            : tr("%1: %Ln message(s)", nullptr, int(total)).arg(folder.data(Models::NameRole).toString())
                + (unread > 0 ? tr(", %Ln unread", nullptr, int(unread)) : QString()));
    updateActions();
}

void MainWindow::onCurrentMessageChanged()
{
    m_markReadTimer.stop();
    const QModelIndex current = m_listView->currentIndex();
    // Focus alone makes the first row current without selecting it; that opens nothing
    // (and marks nothing read), as Ctrl+arrows moving the cursor do not.
    if (!current.isValid() || !m_listView->selectionModel()->isRowSelected(current.row(), current.parent())) {
        m_view->clear();
        m_viewAccount = -1;
        m_messagePane->setCurrentWidget(m_messagePlaceholder);
        return;
    }
    const Models::MessageRef message = m_listModel->messageAt(current.row());
    showInView(message.account, message.id);
    const int delay = m_settings->markReadDelaySeconds();
    if (current.data(Models::IsUnreadRole).toBool() && delay >= 0) {
        m_markReadTimer.start(delay * 1000);
    }
}

void MainWindow::showInView(int account, qint64 messageId)
{
    if (account == m_viewAccount && messageId == m_view->messageId() && m_messagePane->currentWidget() == m_view) {
        return;
    }
    m_viewAccount = account;
    m_messagePane->setCurrentWidget(m_view);
    m_view->showMessage(m_session->database(account), messageId);
}

void MainWindow::onBodyWanted(qint64 messageId)
{
    if (m_session->isOffline()) {
        m_view->showUnavailable(tr("You are working offline, and this message has not been downloaded yet."));
        return;
    }
    m_view->showFetching();
    m_session->fetchBody(m_viewAccount, messageId);
}

void MainWindow::onBodyFetched(int account, qint64 messageId, bool ok, const QString &error)
{
    if (account != m_viewAccount || messageId != m_view->messageId()) {
        return; // the person has moved on; the body is in the cache for later
    }
    if (ok) {
        m_view->showMessage(m_session->database(account), messageId);
    } else {
        m_view->showUnavailable(error);
    }
}

void MainWindow::onSelectionChanged()
{
    onCurrentMessageChanged();
    updateActions();
}

void MainWindow::chooseMarkReadDelay()
{
    bool ok = false;
    const int seconds = QInputDialog::getInt(this, tr("Mark as Read"),
        tr("Seconds a message is shown before it is marked read\n(0: at once, -1: never):"),
        m_settings->markReadDelaySeconds(), -1, 3600, 1, &ok);
    if (ok) {
        m_settings->setMarkReadDelaySeconds(seconds);
    }
}

void MainWindow::markCurrentRead()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid() || !current.data(Models::IsUnreadRole).toBool()) {
        return;
    }
    // Reading marks read without an undo entry, as in Thunderbird; M undoes it by hand.
    const Models::MessageRef message = m_listModel->messageAt(current.row());
    const auto done = m_session->setFlag(message.account, {message.id}, Store::MessageFlag::Seen, true);
    if (!done.ok()) {
        reportError(done.message());
    }
}

void MainWindow::updateActions()
{
    const bool hasSelection = m_listView->selectionModel()->hasSelection();
    for (QAction *action :
        {m_actions->deleteMessages, m_actions->markRead, m_actions->flag, m_actions->moveTo, m_actions->copyTo}) {
        action->setEnabled(hasSelection);
    }
    const auto kind = FolderTreeModel::NodeKind(currentFolderIndex().data(Models::NodeKindRole).toInt());
    const bool isFolder = kind == FolderTreeModel::NodeKind::Folder;
    m_actions->renameFolder->setEnabled(isFolder);
    m_actions->deleteFolder->setEnabled(isFolder);
    m_actions->newFolder->setEnabled(currentFolderAccount() >= 0);
    m_actions->markAllRead->setEnabled(m_listModel->rowCount() > 0);
    m_actions->searchOnServer->setEnabled(canSearchOnServer());
    updateTagChecks();
    const bool reading = m_view && m_view->hasContent() && m_messagePane->currentWidget() == m_view;
    for (QAction *action : {m_actions->viewPlainText, m_actions->viewAllHeaders, m_actions->viewSource}) {
        action->setEnabled(reading);
    }
    m_actions->loadRemoteContent->setEnabled(reading && !m_view->content().blockedUrls.isEmpty());
    const bool threadable = isFolder;
    m_actions->threaded->setEnabled(threadable);
    m_actions->expandThreads->setEnabled(threadable && m_listModel->isThreaded());
    m_actions->collapseThreads->setEnabled(threadable && m_listModel->isThreaded());
}

void MainWindow::showProtocolInspector()
{
    if (!m_inspector) {
        // A window of its own that closes with the main window; every connection of the
        // process is in the registry, whichever account or engine thread made it.
        m_inspector = new ProtocolInspector(Services::ConnectionRegistry::instance(), this);
    }
    m_inspector->show();
    m_inspector->raise();
    m_inspector->activateWindow();
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

} // namespace Letterbox::Gui
