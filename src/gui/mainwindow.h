#pragma once

#include "gui/windowsettings.h"

#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace Letterbox::Models {
class AccountCaches;
class FolderTreeModel;
class MessageListModel;
struct MessageRef;
} // namespace Letterbox::Models

namespace Letterbox::Services {
class MailSession;
struct CertificateRefusal;
} // namespace Letterbox::Services

namespace Letterbox::Mime {
class MessageBuilder;
}

namespace Letterbox::Gui {

class AccountSettingsDialog;
class AccountWizard;
class ActivityStatus;
class ComposerWindow;
class IconProxyModel;
class OutboxDialog;
class MessageListView;
class MessageView;
class ProtocolInspector;
class QuickFilterBar;
class TrayNotifier;
struct MainActions;

/**
 * @short The window people live in: folder tree, message list and message pane over the
 * store, with the engines of Services::MailSession running beside it.
 *
 * Everything shown is read from the local cache (DESIGN.md principle 1); the network is
 * only ever the session's business, so a dead server never freezes a pane. Actions go
 * through MailSession (shown at once, journaled, replayed) and onto the undo stack.
 *
 * Without a session or with no account the window opens on the welcome page, which offers
 * the account wizard (File → Add Account…); the first account added there opens the
 * panes without a restart (mainwindowaccounts.cpp).
 *
 * What it remembers (WindowSettings, `<profile config>/window.ini`): geometry, layout,
 * splitter sizes, the list's columns and sort, threads on or off, the folder shown.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p session may be null (no profile: the welcome page only); @p configDirectory is
    /// where window.ini lives (the profile's config directory).
    explicit MainWindow(
        Services::MailSession *session = nullptr, const QString &configDirectory = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The status bar's activity text (tests).
    [[nodiscard]] QString statusText() const;

    // For tests and the screenshot tool.
    [[nodiscard]] QTreeView *folderView() const { return m_folderView; }
    [[nodiscard]] MessageListView *messageListView() const { return m_listView; }
    [[nodiscard]] Models::MessageListModel *messageListModel() const { return m_listModel; }
    [[nodiscard]] Models::FolderTreeModel *folderModel() const { return m_folderModel; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] ActivityStatus *activityStatus() const { return m_activity; }
    [[nodiscard]] TrayNotifier *trayNotifier() const { return m_tray; }
    [[nodiscard]] MessageView *messageView() const { return m_view; }
    [[nodiscard]] PaneLayout paneLayout() const { return m_layout; }
    void setPaneLayout(PaneLayout layout);
    /// Selects folder @p folderId of @p account in the tree (and so shows it).
    bool selectFolder(int account, qint64 folderId);
    /// View → Protocol Inspector: the window, made on first use, shown and raised.
    void showProtocolInspector();
    /// The inspector window once it was opened (tests), else null.
    [[nodiscard]] ProtocolInspector *protocolInspector() const { return m_inspector; }

    // Accounts (mainwindowaccounts.cpp).
    /// First start: opens the account wizard when the profile has no account yet.
    void startAccountWizardIfEmpty();
    /// File → Add Account…: the wizard, window-modal and not blocking; returns it (tests).
    AccountWizard *addAccount();
    /// Edit → Account Settings… for @p account (-1: the current folder's, else the first).
    AccountSettingsDialog *openAccountSettings(int account = -1);

    // Writing (mainwindowcompose.cpp).
    /// A composer filled from @p message, its identity @p account's unless the From says.
    ComposerWindow *openComposer(const Mime::MessageBuilder &message, int account = -1);
    /// `letterbox mailto:…`: a composer prefilled from the RFC 6068 URL; false (and the
    /// reason in the status bar) when @p url cannot be read.
    bool openMailto(const QString &url);
    /// The composers open now.
    [[nodiscard]] QList<ComposerWindow *> composers() const;
    [[nodiscard]] OutboxDialog *outboxDialog() const;
    void showOutbox();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// The panes, models and actions over the session's accounts (at least one).
    void openMailPage();
    void buildPanes(const QString &configDirectory);
    void buildActions();
    void restoreWindowState();
    void saveWindowState();
    void showStartFolder();
    void rebuildSplitters(PaneLayout layout);

    void onFolderChanged(const QModelIndex &current);
    void onCurrentMessageChanged();
    void onSelectionChanged();
    void markCurrentRead();
    void showInView(int account, qint64 messageId);
    void onBodyWanted(qint64 messageId);
    void onBodyFetched(int account, qint64 messageId, bool ok, const QString &error);
    void chooseMarkReadDelay();
    void updateActions();
    void reportError(const QString &message);

    // Message actions (mainwindowactions.cpp).
    void getMessages();
    void deleteSelected();
    void toggleRead();
    void markFolderRead();
    void toggleFlag();
    void toggleTag(const QString &keyword);
    void removeAllTags();
    void updateTagChecks();
    void moveOrCopySelected(bool copy);
    void moveOrCopyDropped(int account, const QList<qint64> &ids, qint64 folderId, bool copy);
    void selectNext(bool unreadOnly, int step);
    void searchChanged(const QString &text);
    void applyQuickFilter();
    void updateShownCount();
    [[nodiscard]] bool canSearchOnServer() const;
    void searchOnServer();
    void onServerSearchFinished(
        int account, quint64 request, const QList<qint64> &ids, int notFetched, const QString &error);
    void setThreaded(bool threaded);
    void newFolder();
    void renameFolder();
    void deleteFolder();
    void showMessageMenu(const QPoint &position);
    void showFolderMenu(const QPoint &position);
    void announceNewMail(int account, const QString &folder, int count);
    // mainwindowaccounts.cpp
    void setUpAccountActions();
    void onAccountAdded(int account);
    void onAccountRemoving(int account);
    /// Account Settings… in the Edit menu, once the mail page (and its menus) exist.
    void addAccountMenus();
    /// The certificate dialog for a refused connection; its answer goes to the session.
    void showCertificateRefusal(int account, const Services::CertificateRefusal &refusal);

    /// The account of the selected messages (all of one account), or -1.
    [[nodiscard]] int selectionAccount(QList<qint64> *ids) const;
    [[nodiscard]] QModelIndex currentFolderIndex() const;
    [[nodiscard]] int currentFolderAccount() const;

    // Writing (mainwindowcompose.cpp).
    enum class Compose { Reply, ReplyAll, ReplyToList, Forward, ForwardAsAttachment, EditAsNew, OpenDraft };
    void buildComposeActions();
    void updateComposeActions();
    void composeFromSelected(Compose kind);
    void composeFrom(int account, qint64 messageId, Compose kind);
    void onComposeBodyFetched(int account, qint64 messageId, bool ok, const QString &error);
    void onMessageActivated(const QModelIndex &index);
    void addComposeActions(QMenu *menu) const;
    void closeComposers();
    void deleteComposers();
    struct ComposeActions
    {
        QAction *newMessage = nullptr;
        QAction *reply = nullptr;
        QAction *replyAll = nullptr;
        QAction *replyToList = nullptr;
        QAction *forward = nullptr;
        QAction *forwardAsAttachment = nullptr;
        QAction *editAsNew = nullptr;
        QAction *outbox = nullptr;
    };
    struct PendingCompose
    {
        int account = -1;
        qint64 messageId = 0;
        Compose kind = Compose::Reply;
    };
    ComposeActions m_compose;
    std::optional<PendingCompose> m_pendingCompose; ///< waits for its body (fetchBody)
    QList<QPointer<ComposerWindow>> m_composers;
    QPointer<OutboxDialog> m_outbox;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Services::MailSession *m_session = nullptr;
    std::unique_ptr<WindowSettings> m_settings;
    Models::AccountCaches *m_caches = nullptr;
    Models::FolderTreeModel *m_folderModel = nullptr;
    IconProxyModel *m_folderProxy = nullptr;
    Models::MessageListModel *m_listModel = nullptr;
    std::unique_ptr<MainActions> m_actions;
    QUndoStack *m_undoStack = nullptr;

    QWidget *m_mailPage = nullptr;
    QTreeView *m_folderView = nullptr;
    MessageListView *m_listView = nullptr;
    QWidget *m_listPane = nullptr; ///< the quick-filter bar over the list
    QuickFilterBar *m_filterBar = nullptr;
    quint64 m_serverSearch = 0; ///< the search on server whose answer is awaited
    QStackedWidget *m_messagePane = nullptr; ///< the placeholder or the view
    QLabel *m_messagePlaceholder = nullptr;
    MessageView *m_view = nullptr;
    ProtocolInspector *m_inspector = nullptr;
    int m_viewAccount = -1; ///< the account of the message the view shows
    QLineEdit *m_searchField = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    PaneLayout m_layout = PaneLayout::Classic;
    ActivityStatus *m_activity = nullptr;
    TrayNotifier *m_tray = nullptr;
    QLabel *m_statusLabel = nullptr; ///< the welcome page's status, without a session
    QString m_configDirectory;
    QAction *m_addAccountAction = nullptr;
    QAction *m_accountSettingsAction = nullptr;

    QTimer m_markReadTimer;
    QPersistentModelIndex m_shownFolder;
};

} // namespace Letterbox::Gui
