// The composer's fields, actions and identity; sending and drafts are in composersending.cpp.
#include "gui/composer/composerwindow.h"

#include "gui/composer/attachmentlist.h"
#include "gui/composer/recipientedit.h"
#include "gui/icons.h"
#include "gui/spelling/spellchecker.h"
#include "gui/spelling/spellhighlighter.h"
#include "gui/spelling/spellingmenu.h"
#include "models/accountcaches.h"
#include "models/addresscompletionmodel.h"
#include "services/session/mailsession.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace Letterbox::Gui {

namespace {
constexpr int s_autosaveMs = 60 * 1000; // Thunderbird's default: every minute
const QString s_signatureSeparator = QStringLiteral("-- \n"); // RFC 3676 section 4.3
} // namespace

ComposerWindow::ComposerWindow(Services::MailSession *session, Models::AccountCaches *caches, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("composerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    resize(760, 620);
    if (caches) {
        m_completion = new Models::AddressCompletionModel(*caches, this);
        QStringList own;
        for (int i = 0; m_session && i < m_session->accountCount(); ++i) {
            own.append(m_session->account(i)->email);
        }
        m_completion->setExcludedAddresses(own); // nobody writes to themselves by completion
    }
    m_checker = new SpellChecker(this);
    m_checker->setLanguage(m_checker->bestLanguageFor(QLocale().name()));
    m_prompter = [this](ComposerQuestion question, const QString &text) { return ask(question, text); };
    buildFields();
    buildActions();
    m_autosave.setInterval(s_autosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (m_changed) {
            saveDraft();
        }
    });
    m_autosave.start();
    onIdentityChanged();
    m_body->document()->setModified(false);
    m_changed = false;
    updateTitle();
}

ComposerWindow::~ComposerWindow() = default;

void ComposerWindow::buildFields()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_from = new QComboBox(central);
    m_from->setObjectName(QStringLiteral("fromBox"));
    m_from->setAccessibleName(tr("From"));
    for (int i = 0; m_session && i < m_session->accountCount(); ++i) {
        const Accounts::Account *account = m_session->account(i);
        m_from->addItem(
            tr("%1 (%2)").arg(
                Models::AddressCompletionModel::headerForm(account->displayName, account->email), account->name),
            i);
    }
    connect(m_from, &QComboBox::currentIndexChanged, this, &ComposerWindow::onIdentityChanged);
    form->addRow(tr("&From:"), m_from);

    auto recipientLine = [&](const QString &label, const QString &name, const QString &accessible) {
        auto *edit = new RecipientEdit(central);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCompletionModel(m_completion);
        connect(edit, &QLineEdit::textChanged, this, &ComposerWindow::markChanged);
        form->addRow(label, edit);
        return edit;
    };
    m_to = recipientLine(tr("&To:"), QStringLiteral("toEdit"), tr("To"));
    m_cc = recipientLine(tr("&Cc:"), QStringLiteral("ccEdit"), tr("Cc"));
    m_bcc = recipientLine(tr("&Bcc:"), QStringLiteral("bccEdit"), tr("Bcc"));
    m_replyTo = recipientLine(tr("&Reply-To:"), QStringLiteral("replyToEdit"), tr("Reply-To"));
    m_replyToLabel = form->labelForField(m_replyTo);
    m_replyTo->setVisible(false);
    m_replyToLabel->setVisible(false);

    m_subject = new QLineEdit(central);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    connect(m_subject, &QLineEdit::textChanged, this, [this] {
        markChanged();
        updateTitle();
    });
    form->addRow(tr("&Subject:"), m_subject);
    layout->addLayout(form);

    m_body = new QTextEdit(central);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setAcceptRichText(false);
    m_body->setLineWrapMode(QTextEdit::WidgetWidth);
    m_body->setTabChangesFocus(false);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setContextMenuPolicy(Qt::DefaultContextMenu);
    m_body->viewport()->installEventFilter(this);
    m_highlighter = new SpellHighlighter(m_checker, m_body->document());
    connect(m_body, &QTextEdit::textChanged, this, [this] {
        markChanged();
        updateSizeWarning();
    });
    m_body->setAcceptDrops(false); // files dropped on the text are attachments (the window's drop)

    m_attachments = new AttachmentList(central);
    m_attachments->setMaximumHeight(72);
    m_attachments->setVisible(false);
    connect(m_attachments, &AttachmentList::changed, this, [this] {
        m_attachments->setVisible(m_attachments->count() > 0);
        markChanged();
        updateSizeWarning();
    });
    m_sizeWarning = new QLabel(central);
    m_sizeWarning->setObjectName(QStringLiteral("sizeWarning"));
    m_sizeWarning->setWordWrap(true);
    m_sizeWarning->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_sizeWarning->setVisible(false);

    layout->addWidget(m_body, 1);
    layout->addWidget(m_attachments);
    layout->addWidget(m_sizeWarning);
    setCentralWidget(central);
    m_to->setFocus();
}

void ComposerWindow::buildActions()
{
    auto action = [this](const QString &name, const QString &text, const QString &icon,
                      const QList<QKeySequence> &shortcuts = {}) {
        return makeWindowAction(this, name, text, icon, shortcuts);
    };
    QAction *sendAction = action(QStringLiteral("sendAction"), tr("&Send"), QStringLiteral("mail-send"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(sendAction, &QAction::triggered, this, &ComposerWindow::send);
    // Offline, Send is "Send Later": the outbox keeps it until the session is online.
    auto followOffline = [sendAction](bool offline) {
        sendAction->setText(offline ? tr("Send &Later") : tr("&Send"));
        sendAction->setToolTip(offline
                ? tr("You are working offline: the message waits in the outbox and is sent when you are online "
                     "(Ctrl+Return)")
                : tr("Put the message in the outbox and send it (Ctrl+Return)"));
    };
    followOffline(m_session && m_session->isOffline());
    if (m_session) {
        connect(m_session, &Services::MailSession::offlineChanged, sendAction, followOffline);
    }
    QAction *draftAction = action(
        QStringLiteral("saveDraftAction"), tr("Save as &Draft"), QStringLiteral("document-save"), {QKeySequence::Save});
    connect(draftAction, &QAction::triggered, this, &ComposerWindow::saveDraft);
    QAction *attachAction = action(QStringLiteral("attachAction"), tr("&Attach Files…"),
        QStringLiteral("mail-attachment"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    connect(attachAction, &QAction::triggered, this, &ComposerWindow::chooseAttachments);
    QAction *closeAction
        = action(QStringLiteral("closeComposerAction"), tr("&Close"), QString(), {QKeySequence::Close});
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    m_showReplyTo = action(QStringLiteral("showReplyToAction"), tr("&Reply-To Field"), QString());
    m_showReplyTo->setCheckable(true);
    connect(m_showReplyTo, &QAction::toggled, this, [this](bool shown) {
        m_replyTo->setVisible(shown);
        m_replyToLabel->setVisible(shown);
        if (shown) {
            m_replyTo->setFocus();
        }
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({sendAction, draftAction, attachAction});
    file->addSeparator();
    file->addAction(closeAction);
    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    buildFormatActions(format);
    QMenu *options = menuBar()->addMenu(tr("&Options"));
    options->addAction(m_showReplyTo);
    QMenu *languages = SpellingMenu::languageMenu(m_checker, options);
    options->addMenu(languages);

    QToolBar *toolBar = addToolBar(tr("Composition"));
    toolBar->setObjectName(QStringLiteral("composerToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({sendAction, attachAction, draftAction});
    addToolBarBreak();
    addToolBar(m_formatBar);
    m_formatBar->setVisible(false);
}

bool ComposerWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body->viewport() && event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        std::unique_ptr<QMenu> menu(m_body->createStandardContextMenu(menuEvent->pos()));
        SpellingMenu::addTo(menu.get(), m_body, m_checker, menuEvent->pos());
        menu->exec(menuEvent->globalPos());
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

int ComposerWindow::account() const
{
    return m_from->currentData().isValid() ? m_from->currentData().toInt() : -1;
}

QString ComposerWindow::signatureBlock(int account) const
{
    const Accounts::Account *found = m_session ? m_session->account(account) : nullptr;
    if (!found || found->signature.trimmed().isEmpty()) {
        return {};
    }
    return s_signatureSeparator + found->signature.trimmed();
}

void ComposerWindow::onIdentityChanged()
{
    const int chosen = account();
    const QString before = m_identity >= 0 ? signatureBlock(m_identity) : QString();
    const QString after = signatureBlock(chosen);
    m_identity = chosen;
    if (before == after) {
        return;
    }
    // Swap the old identity's signature for the new one's, wherever the person left it.
    QString text = m_body->toPlainText();
    const qsizetype at = before.isEmpty() ? -1 : text.lastIndexOf(before);
    if (at >= 0) {
        text.replace(at, before.size(), after);
    } else if (!after.isEmpty()) {
        text += (text.isEmpty() || text.endsWith(u'\n') ? QStringLiteral("\n") : QStringLiteral("\n\n")) + after;
    } else {
        return;
    }
    const bool changed = m_changed;
    m_body->setPlainText(text);
    m_changed = changed;
    updateSizeWarning();
}

void ComposerWindow::load(const Mime::MessageBuilder &message, int account)
{
    int chosen = -1;
    for (int i = 0; m_session && i < m_from->count(); ++i) {
        const Accounts::Account *candidate = m_session->account(m_from->itemData(i).toInt());
        if (candidate && candidate->email.compare(message.from().email, Qt::CaseInsensitive) == 0) {
            chosen = i;
            break;
        }
    }
    if (chosen < 0) {
        chosen = m_from->findData(account);
    }
    {
        // The signature goes in below, once the text is there.
        const QSignalBlocker blockFrom(m_from);
        if (chosen >= 0) {
            m_from->setCurrentIndex(chosen);
        }
    }
    m_to->setAddresses(message.to());
    m_cc->setAddresses(message.cc());
    m_bcc->setAddresses(message.bcc());
    m_replyTo->setAddresses(message.replyTo());
    m_showReplyTo->setChecked(!message.replyTo().isEmpty());
    m_subject->setText(message.subject());
    m_identity = -1;
    QString text = message.plainText();
    const QString signature = signatureBlock(this->account());
    if (!signature.isEmpty() && !text.contains(signature)) {
        // Replies and forwards start with an empty line to write in above the signature.
        const QString gap = text.isEmpty() || !text.endsWith(u'\n') ? QStringLiteral("\n\n") : QStringLiteral("\n");
        text = text + gap + signature;
    }
    m_identity = this->account();
    if (!message.html().isEmpty()) {
        loadHtml(message.html()); // a rich draft, reopened
    } else {
        m_body->setPlainText(text);
    }
    for (const Mime::OutgoingAttachment &attachment : message.attachments()) {
        m_attachments->addAttachment(attachment);
    }
    if (!message.messageId().isEmpty()) {
        m_messageId = message.messageId();
    }
    m_inReplyTo = message.inReplyTo();
    m_references = message.references();
    // A reply writes below the quote (Thunderbird's default), above the signature.
    QTextCursor cursor = m_body->textCursor();
    const qsizetype signatureAt = signature.isEmpty() ? -1 : text.lastIndexOf(signature);
    cursor.setPosition(int(signatureAt > 0 ? signatureAt - 1 : text.size()));
    if (message.plainText().isEmpty()) {
        cursor.setPosition(0);
    }
    m_body->setTextCursor(cursor);
    (m_to->text().isEmpty() ? static_cast<QWidget *>(m_to) : static_cast<QWidget *>(m_body))->setFocus();
    m_changed = false;
    updateTitle();
    updateSizeWarning();
}

void ComposerWindow::setEditingDraft(int account)
{
    m_draftSaved = true;
    m_draftAccount = account;
}

void ComposerWindow::setRepliedMessage(int account, qint64 messageId)
{
    m_repliedAccount = account;
    m_repliedMessage = messageId;
}

void ComposerWindow::setPrompter(ComposerPrompter prompter)
{
    m_prompter = std::move(prompter);
}

void ComposerWindow::setSizeLimit(std::optional<qint64> octets)
{
    m_sizeLimitOverride = octets;
    updateSizeWarning();
}

void ComposerWindow::setAutosaveInterval(int milliseconds)
{
    m_autosave.start(milliseconds);
}

void ComposerWindow::markChanged()
{
    m_changed = true;
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subject->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("Write: (no subject)") : tr("Write: %1").arg(subject));
}

std::optional<qint64> ComposerWindow::currentSizeLimit() const
{
    if (m_sizeLimitOverride) {
        return *m_sizeLimitOverride;
    }
    return m_session ? m_session->sizeLimit(account()) : std::nullopt;
}

qint64 ComposerWindow::estimatedSize() const
{
    // Quoted-printable text can grow by a third; headers take a few kilobytes at most.
    return m_attachments->encodedSize() + m_body->toPlainText().toUtf8().size() * 4 / 3 + 4096;
}

void ComposerWindow::updateSizeWarning()
{
    const std::optional<qint64> limit = currentSizeLimit();
    const bool over = limit && *limit > 0 && estimatedSize() > *limit;
    if (over) {
        const QLocale locale;
        m_sizeWarning->setText(tr("This message is about %1; the server of this account takes at most %2.")
                                   .arg(locale.formattedDataSize(estimatedSize()), locale.formattedDataSize(*limit)));
    }
    m_sizeWarning->setVisible(over);
}

void ComposerWindow::chooseAttachments()
{
    attachFiles(QFileDialog::getOpenFileNames(this, tr("Attach Files")));
}

void ComposerWindow::attachFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        QString error;
        if (!m_attachments->addFile(path, &error)) {
            problems.append(error);
        }
    }
    if (!problems.isEmpty()) {
        m_prompter(ComposerQuestion::Problem, problems.join(u'\n'));
    }
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty()) {
        attachFiles(paths);
        event->acceptProposedAction();
    }
}

} // namespace Letterbox::Gui
