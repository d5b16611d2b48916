// The main window's writing actions: New, Reply, Reply All, Reply to List, Forward
// (inline and as attachment), Edit as New, opening a draft, the outbox and mailto:.
#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "gui/composer/composerwindow.h"
#include "gui/composer/outboxdialog.h"
#include "gui/icons.h"
#include "gui/messagelistview.h"
#include "mime/mailtourl.h"
#include "mime/messageparser.h"
#include "mime/replybuilder.h"
#include "models/accountcaches.h"
#include "models/messagelistmodel.h"
#include "services/session/mailsession.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace Letterbox::Gui {

void MainWindow::buildComposeActions()
{
    auto action = [this](const QString &name, const QString &text, const QString &icon,
                      const QList<QKeySequence> &shortcuts = {}) {
        return makeWindowAction(this, name, text, icon, shortcuts);
    };
    // Thunderbird's shortcuts.
    m_compose.newMessage = action(QStringLiteral("newMessageAction"), tr("&New Message"),
        QStringLiteral("mail-message-new"), {QKeySequence(Qt::CTRL | Qt::Key_N)});
    m_compose.reply = action(QStringLiteral("replyAction"), tr("&Reply"), QStringLiteral("mail-reply-sender"),
        {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_compose.replyAll = action(QStringLiteral("replyAllAction"), tr("Reply to &All"), QStringLiteral("mail-reply-all"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    m_compose.replyToList = action(QStringLiteral("replyToListAction"), tr("Reply to &List"),
        QStringLiteral("mail-reply-list"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    m_compose.forward = action(QStringLiteral("forwardAction"), tr("&Forward"), QStringLiteral("mail-forward"),
        {QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_compose.forwardAsAttachment = action(
        QStringLiteral("forwardAsAttachmentAction"), tr("Forward as A&ttachment"), QStringLiteral("mail-forward"));
    m_compose.editAsNew = action(QStringLiteral("editAsNewAction"), tr("&Edit as New Message…"), QString(),
        {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_compose.outbox = action(QStringLiteral("outboxAction"), tr("&Outbox…"), QStringLiteral("mail-folder-outbox"));

    connect(m_compose.newMessage, &QAction::triggered, this,
        [this] { openComposer(Mime::MessageBuilder {}, currentFolderAccount()); });
    const QList<std::pair<QAction *, Compose>> kinds {{m_compose.reply, Compose::Reply},
        {m_compose.replyAll, Compose::ReplyAll}, {m_compose.replyToList, Compose::ReplyToList},
        {m_compose.forward, Compose::Forward}, {m_compose.forwardAsAttachment, Compose::ForwardAsAttachment},
        {m_compose.editAsNew, Compose::EditAsNew}};
    for (const auto &[trigger, kind] : kinds) {
        connect(trigger, &QAction::triggered, this, [this, kind = kind] { composeFromSelected(kind); });
    }
    connect(m_compose.outbox, &QAction::triggered, this, &MainWindow::showOutbox);
    connect(m_session, &Services::MailSession::bodyFetched, this, &MainWindow::onComposeBodyFetched);
    connect(m_session, &Services::MailSession::sendReported, this,
        [this](int, const Services::SendNotice &notice) { statusBar()->showMessage(notice.text, 10000); });
    connect(m_listView, &QAbstractItemView::activated, this, &MainWindow::onMessageActivated);
    connect(
        m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateComposeActions);

    // File → New Message first; the Message menu starts with the writing actions.
    m_ui->fileMenu->insertAction(m_ui->fileMenu->actions().value(0), m_compose.newMessage);
    m_ui->fileMenu->insertSeparator(m_ui->fileMenu->actions().value(1));
    if (auto *messageMenu = menuBar()->findChild<QMenu *>(QStringLiteral("messageMenu"))) {
        QAction *first = messageMenu->actions().value(0);
        messageMenu->insertActions(first,
            {m_compose.newMessage, m_compose.reply, m_compose.replyAll, m_compose.replyToList, m_compose.forward,
                m_compose.forwardAsAttachment, m_compose.editAsNew});
        messageMenu->insertSeparator(first);
        messageMenu->addSeparator();
        messageMenu->addAction(m_compose.outbox);
    }
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        QAction *first = toolBar->actions().value(1); // after Get Messages
        toolBar->insertActions(first, {m_compose.newMessage, m_compose.reply, m_compose.replyAll, m_compose.forward});
    }
    updateComposeActions();
}

void MainWindow::addComposeActions(QMenu *menu) const
{
    if (!m_compose.reply) {
        return;
    }
    menu->addActions({m_compose.reply, m_compose.replyAll, m_compose.replyToList, m_compose.forward,
        m_compose.forwardAsAttachment, m_compose.editAsNew});
    menu->addSeparator();
}

void MainWindow::updateComposeActions()
{
    QList<qint64> ids;
    const bool one = selectionAccount(&ids) >= 0 && ids.size() == 1;
    for (QAction *action : {m_compose.reply, m_compose.replyAll, m_compose.replyToList, m_compose.forward,
             m_compose.forwardAsAttachment, m_compose.editAsNew}) {
        action->setEnabled(one);
    }
}

QList<ComposerWindow *> MainWindow::composers() const
{
    QList<ComposerWindow *> open;
    for (const QPointer<ComposerWindow> &composer : m_composers) {
        if (composer) {
            open.append(composer);
        }
    }
    return open;
}

ComposerWindow *MainWindow::openComposer(const Mime::MessageBuilder &message, int account)
{
    if (!m_session || m_session->accountCount() == 0) {
        return nullptr;
    }
    // A top-level window of its own, as in Thunderbird (no transient parent: it is
    // activated, raised and minimised by itself), deleted when closed; closing the main
    // window closes it first (closeComposers), so its draft is saved, and the main
    // window's destructor deletes what is left, since it reads the window's caches.
    auto *composer = new ComposerWindow(m_session, m_caches);
    composer->load(message, account >= 0 ? account : 0);
    m_composers.removeAll(nullptr);
    m_composers.append(composer);
    composer->show();
    composer->activateWindow();
    return composer;
}

void MainWindow::closeComposers()
{
    for (ComposerWindow *composer : composers()) {
        composer->close();
    }
}

void MainWindow::deleteComposers()
{
    const QList<ComposerWindow *> open = composers();
    m_composers.clear();
    qDeleteAll(open);
}

bool MainWindow::openMailto(const QString &url)
{
    QString error;
    const std::optional<Mime::MailtoUrl> mailto = Mime::MailtoUrl::parse(url, &error);
    if (!mailto) {
        reportError(error);
        return false;
    }
    Mime::MessageBuilder message;
    message.setTo(mailto->to);
    message.setCc(mailto->cc);
    message.setBcc(mailto->bcc);
    message.setSubject(mailto->subject);
    message.setPlainText(mailto->body);
    message.setInReplyTo(mailto->inReplyTo);
    if (!mailto->inReplyTo.isEmpty()) {
        message.setReferences({mailto->inReplyTo});
    }
    return openComposer(message, currentFolderAccount()) != nullptr;
}

void MainWindow::composeFromSelected(Compose kind)
{
    QList<qint64> ids;
    const int account = selectionAccount(&ids);
    if (account < 0 || ids.size() != 1) {
        return;
    }
    composeFrom(account, ids.first(), kind);
}

void MainWindow::onMessageActivated(const QModelIndex &index)
{
    // Enter or a double click on a draft opens it for writing, as in Thunderbird.
    const Models::MessageRef message = m_listModel->messageAt(index.row());
    if (message.account >= 0 && m_session->isInDrafts(message.account, message.id)) {
        composeFrom(message.account, message.id, Compose::OpenDraft);
    }
}

void MainWindow::composeFrom(int account, qint64 messageId, Compose kind)
{
    const Store::Result<QByteArray> bytes = m_session->messageBytes(account, messageId);
    if (!bytes.ok()) {
        if (bytes.code() == Store::ErrorCode::NotFound && m_session->isImap(account) && !m_session->isOffline()) {
            // Only the headers are cached: the body first, then the composer.
            m_pendingCompose = PendingCompose {account, messageId, kind};
            statusBar()->showMessage(tr("Downloading the message…"));
            m_session->fetchBody(account, messageId);
            return;
        }
        reportError(tr("The message cannot be answered or forwarded: %1").arg(bytes.message()));
        return;
    }
    const Accounts::Account *identity = m_session->account(account);
    const Mime::Address from {identity->displayName, identity->email};
    QStringList own;
    for (int i = 0; i < m_session->accountCount(); ++i) {
        own.append(m_session->account(i)->email);
    }
    std::optional<Mime::MessageBuilder> message;
    bool answers = false;
    switch (kind) {
    case Compose::Reply:
        message = Mime::ReplyBuilder::reply(Mime::MessageParser::parse(bytes.value()), from, own);
        answers = true;
        break;
    case Compose::ReplyAll:
        message = Mime::ReplyBuilder::replyAll(Mime::MessageParser::parse(bytes.value()), from, own);
        answers = true;
        break;
    case Compose::ReplyToList:
        message = Mime::ReplyBuilder::replyToList(Mime::MessageParser::parse(bytes.value()), from, own);
        if (!message) {
            reportError(tr("This message did not come through a mailing list."));
            return;
        }
        answers = true;
        break;
    case Compose::Forward:
        message = Mime::ReplyBuilder::forwardInline(bytes.value(), from);
        break;
    case Compose::ForwardAsAttachment:
        message = Mime::ReplyBuilder::forwardAsAttachment(bytes.value(), from);
        break;
    case Compose::EditAsNew:
        message = Mime::ReplyBuilder::editAsNew(bytes.value());
        break;
    case Compose::OpenDraft:
        message = Mime::ReplyBuilder::editAsNew(bytes.value(), true);
        break;
    }
    ComposerWindow *composer = openComposer(*message, account);
    if (!composer) {
        return;
    }
    if (kind == Compose::OpenDraft) {
        composer->setEditingDraft(account);
    }
    if (answers) {
        composer->setRepliedMessage(account, messageId);
    }
}

void MainWindow::onComposeBodyFetched(int account, qint64 messageId, bool ok, const QString &error)
{
    if (!m_pendingCompose || m_pendingCompose->account != account || m_pendingCompose->messageId != messageId) {
        return;
    }
    const PendingCompose pending = *std::exchange(m_pendingCompose, std::nullopt);
    statusBar()->clearMessage();
    if (!ok) {
        reportError(tr("The message could not be downloaded: %1").arg(error));
        return;
    }
    composeFrom(pending.account, pending.messageId, pending.kind);
}

OutboxDialog *MainWindow::outboxDialog() const
{
    return m_outbox;
}

void MainWindow::showOutbox()
{
    if (!m_outbox) {
        m_outbox = new OutboxDialog(m_session, this);
        m_outbox->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_outbox, &OutboxDialog::editRequested, this, [this](int account, const QByteArray &bytes) {
            // Back in a composer (same Message-ID); closed unsent, it goes to Drafts.
            openComposer(Mime::ReplyBuilder::editAsNew(bytes, true), account);
        });
    }
    m_outbox->refresh();
    m_outbox->show();
    m_outbox->raise();
}

} // namespace Letterbox::Gui
