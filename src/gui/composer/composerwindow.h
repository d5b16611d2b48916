#pragma once

#include "mime/messagebuilder.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTextEdit;
class QToolBar;

namespace Letterbox::Models {
class AccountCaches;
class AddressCompletionModel;
} // namespace Letterbox::Models

namespace Letterbox::Services {
class MailSession;
}

namespace Letterbox::Gui {

class AttachmentList;
class RecipientEdit;
class SpellChecker;
class SpellHighlighter;

/// What the composer asks (or tells) before it sends.
enum class ComposerQuestion {
    ForgottenAttachment, ///< the text mentions an attachment and there is none: send anyway?
    EmptySubject, ///< send without a subject?
    OverSizeLimit, ///< larger than the server's SIZE limit: send anyway?
    Problem, ///< cannot send (no or invalid recipients, the outbox failed): only told
};
/// Answers a question: true to go on. The window's default shows a message box; tests
/// answer without one.
using ComposerPrompter = std::function<bool(ComposerQuestion question, const QString &text)>;

/**
 * @short The window a message is written in: From (any account's identity, with its
 * signature), To / Cc / Bcc lines with several recipients each and completion from the
 * address index, Reply-To on demand, Subject, a plain-text body checked for spelling as
 * it is typed (language per message), and attachments by dialog or drag and drop.
 *
 * Send (Ctrl+Return) checks the recipients (invalid ones are marked, and nothing is
 * sent), asks about a mentioned but missing attachment, an empty subject and a message
 * over the server's SIZE limit, then puts the message in the account's outbox
 * (MailSession::send: committed before the call returns) and closes at once; the outbox
 * sends it, now or when online. The body goes out as format=flowed (MessageBuilder).
 *
 * Drafts: saved every minute while something changed, on Ctrl+S, and on close, to the
 * account's Drafts (MailSession::saveDraft replaces the copy saved before: every save
 * keeps the Message-ID); sending removes the draft. The message itself holds nothing of
 * the store: widgets only, the session does the rest.
 */
class ComposerWindow final : public QMainWindow
{
    Q_OBJECT

public:
    ComposerWindow(Services::MailSession *session, Models::AccountCaches *caches, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    /**
     * Fills the window from @p message (a reply, forward, edit as new, draft, mailto:).
     * The identity is the account whose address is @p message's From, else @p account,
     * else the first; its signature is added unless the text has one. A message Id set
     * in @p message is kept (a reopened draft replaces its saved copy).
     */
    void load(const Mime::MessageBuilder &message, int account = -1);
    /// The window edits the draft saved as @p message's Message-ID in @p account.
    void setEditingDraft(int account);
    /// After sending, the message @p messageId of @p account is marked answered.
    void setRepliedMessage(int account, qint64 messageId);
    void setPrompter(ComposerPrompter prompter);
    /// The SIZE limit to warn about; by default the session's for the chosen account.
    void setSizeLimit(std::optional<qint64> octets);
    void setAutosaveInterval(int milliseconds);

    /// Send: the checks and questions, then the outbox; true when queued (the window closes).
    bool send();
    /// Saves the draft now; true when saved.
    bool saveDraft();
    void attachFiles(const QStringList &paths);

    // Rich text (composerformat.cpp): sent as multipart/alternative, the plain part made
    // from it (MessageBuilder, HtmlToText).
    void setRichText(bool rich);
    [[nodiscard]] bool isRichText() const;
    void toggleBold();
    void toggleItalic();
    void toggleList(bool numbered);
    void toggleQuote();
    /// Makes the selection (or @p text, inserted) a link to @p url (http, https, mailto).
    void insertLink(const QString &text, const QString &url);

    /// The message as it would be sent (or saved, with @p asDraft: Bcc kept).
    [[nodiscard]] Mime::MessageBuilder message(bool asDraft = false) const;
    [[nodiscard]] int account() const;
    [[nodiscard]] QString messageId() const { return m_messageId; }
    [[nodiscard]] bool isDraftSaved() const { return m_draftSaved; }

    // The fields, for tests and the window's wiring.
    [[nodiscard]] QComboBox *fromBox() const { return m_from; }
    [[nodiscard]] RecipientEdit *toEdit() const { return m_to; }
    [[nodiscard]] RecipientEdit *ccEdit() const { return m_cc; }
    [[nodiscard]] RecipientEdit *bccEdit() const { return m_bcc; }
    [[nodiscard]] RecipientEdit *replyToEdit() const { return m_replyTo; }
    [[nodiscard]] QLineEdit *subjectEdit() const { return m_subject; }
    [[nodiscard]] QTextEdit *bodyEdit() const { return m_body; }
    [[nodiscard]] AttachmentList *attachmentList() const { return m_attachments; }
    [[nodiscard]] SpellChecker *spellChecker() const { return m_checker; }
    [[nodiscard]] QLabel *sizeWarning() const { return m_sizeWarning; }

    /// True when @p text (its own lines, not the quoted ones) speaks of an attachment:
    /// "attached", "attachment", German "Anhang"/"angehängt"/"anbei", French "pièce
    /// jointe"/"ci-joint".
    [[nodiscard]] static bool mentionsAttachment(const QString &text);

Q_SIGNALS:
    /// The message went into the outbox of @p account as entry @p entryId.
    void queued(int account, qint64 entryId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFields();
    void buildActions();
    void buildFormatActions(QMenu *menu);
    void chooseLink();
    void loadHtml(const QString &html);
    void chooseAttachments();
    void onIdentityChanged();
    void updateTitle();
    void updateSizeWarning();
    void markChanged();
    [[nodiscard]] qint64 estimatedSize() const;
    [[nodiscard]] std::optional<qint64> currentSizeLimit() const;
    [[nodiscard]] QString signatureBlock(int account) const;
    bool ask(ComposerQuestion question, const QString &text);

    Services::MailSession *m_session = nullptr;
    Models::AddressCompletionModel *m_completion = nullptr;
    SpellChecker *m_checker = nullptr;
    SpellHighlighter *m_highlighter = nullptr;
    ComposerPrompter m_prompter;

    QComboBox *m_from = nullptr;
    RecipientEdit *m_to = nullptr;
    RecipientEdit *m_cc = nullptr;
    RecipientEdit *m_bcc = nullptr;
    RecipientEdit *m_replyTo = nullptr;
    QWidget *m_replyToLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QTextEdit *m_body = nullptr;
    AttachmentList *m_attachments = nullptr;
    QLabel *m_sizeWarning = nullptr;
    QAction *m_showReplyTo = nullptr;
    QAction *m_richText = nullptr;
    QToolBar *m_formatBar = nullptr;

    QString m_messageId;
    QString m_inReplyTo;
    QStringList m_references;
    int m_identity = -1; ///< the account whose signature the body holds
    int m_draftAccount = -1;
    bool m_draftSaved = false;
    bool m_changed = false;
    bool m_queued = false;
    int m_repliedAccount = -1;
    qint64 m_repliedMessage = 0;
    std::optional<std::optional<qint64>> m_sizeLimitOverride;
    QTimer m_autosave;
};

} // namespace Letterbox::Gui
