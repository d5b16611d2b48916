// The composer's Send and drafts: the checks before a message goes to the outbox, and
// the drafts saved as it is written.
#include "gui/composer/attachmentlist.h"
#include "gui/composer/composerwindow.h"
#include "gui/composer/recipientedit.h"
#include "gui/composer/richtextexport.h"
#include "services/session/mailsession.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTextEdit>
#include <QTime>

namespace Letterbox::Gui {

bool ComposerWindow::mentionsAttachment(const QString &text)
{
    // Thunderbird's reminder words for English, German and French; whole words only, so
    // "attachments" counts and "unattached" does not.
    static const QRegularExpression s_words(
        QStringLiteral(R"(\b(attach(ed|ment|ments)?|enclosed|anhang|anhänge|angehängt|anbei|anlage|)"
                       R"(pi[eè]ces? jointes?|ci-joint(e|es|s)?|en pi[eè]ce jointe)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QStringList lines = text.split(u'\n');
    bool inSignature = false;
    for (const QString &line : lines) {
        if (line == QLatin1String("-- ")) {
            inSignature = true; // the signature is no message of the moment
        }
        // Quoted lines are someone else's words: their attachment is not this one's.
        if (inSignature || line.trimmed().startsWith(u'>')) {
            continue;
        }
        if (s_words.match(line).hasMatch()) {
            return true;
        }
    }
    return false;
}

Mime::MessageBuilder ComposerWindow::message(bool asDraft) const
{
    Mime::MessageBuilder builder;
    if (const Accounts::Account *identity = m_session ? m_session->account(account()) : nullptr) {
        builder.setFrom({identity->displayName, identity->email});
    }
    builder.setTo(m_to->addresses());
    builder.setCc(m_cc->addresses());
    builder.setBcc(m_bcc->addresses());
    builder.setKeepsBcc(asDraft);
    builder.setReplyTo(
        m_replyTo->isVisible() || !m_replyTo->text().isEmpty() ? m_replyTo->addresses() : Mime::AddressList {});
    builder.setSubject(m_subject->text().trimmed());
    if (isRichText()) {
        // The plain alternative is made from the HTML (links written out, quotes with
        // "> "), so both say the same.
        builder.setHtml(RichTextExport::toHtml(m_body->document()));
    } else {
        builder.setPlainText(m_body->toPlainText());
    }
    for (const Mime::OutgoingAttachment &attachment : m_attachments->attachments()) {
        builder.addAttachment(attachment.fileName, attachment.mimeType, attachment.data);
    }
    builder.setInReplyTo(m_inReplyTo);
    builder.setReferences(m_references);
    builder.setMessageId(m_messageId);
    return builder;
}

bool ComposerWindow::ask(ComposerQuestion question, const QString &text)
{
    if (question == ComposerQuestion::Problem) {
        QMessageBox::warning(this, tr("Cannot Send"), text);
        return false;
    }
    const QString title = question == ComposerQuestion::ForgottenAttachment ? tr("Forgot an Attachment?")
        : question == ComposerQuestion::EmptySubject                        ? tr("No Subject")
                                                                            : tr("Message Too Large?");
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

bool ComposerWindow::send()
{
    if (!m_session || account() < 0) {
        m_prompter(ComposerQuestion::Problem, tr("There is no account to send from."));
        return false;
    }
    QStringList invalid;
    for (RecipientEdit *line : {m_to, m_cc, m_bcc, m_replyTo}) {
        line->validate();
        invalid += line->invalidAddresses();
    }
    if (!invalid.isEmpty()) {
        m_prompter(ComposerQuestion::Problem,
            tr("These are not email addresses: %1. Correct them, then send again.")
                .arg(QLocale().createSeparatedList(invalid)));
        return false;
    }
    if (m_to->addresses().isEmpty() && m_cc->addresses().isEmpty() && m_bcc->addresses().isEmpty()) {
        m_prompter(ComposerQuestion::Problem, tr("Add at least one recipient."));
        m_to->setFocus();
        return false;
    }
    if (m_attachments->count() == 0 && mentionsAttachment(m_body->toPlainText())
        && !m_prompter(ComposerQuestion::ForgottenAttachment,
            tr("The message speaks of an attachment, but nothing is attached. Send it anyway?"))) {
        return false;
    }
    if (m_subject->text().trimmed().isEmpty()
        && !m_prompter(ComposerQuestion::EmptySubject, tr("The message has no subject. Send it anyway?"))) {
        m_subject->setFocus();
        return false;
    }
    if (const std::optional<qint64> limit = currentSizeLimit(); limit && *limit > 0 && estimatedSize() > *limit
        && !m_prompter(ComposerQuestion::OverSizeLimit,
            tr("The message is about %1, and the server of this account takes at most %2: it will probably refuse "
               "it. Send it anyway?")
                .arg(QLocale().formattedDataSize(estimatedSize()), QLocale().formattedDataSize(*limit)))) {
        return false;
    }
    if (m_messageId.isEmpty()) {
        m_messageId = Mime::MessageBuilder::generateMessageId(m_session->account(account())->email);
    }
    const Mime::BuiltMessage built = message(false).build();
    const int from = account();
    const Store::Result<qint64> entry = m_session->send(from, built);
    if (!entry.ok()) {
        m_prompter(ComposerQuestion::Problem,
            tr("The message could not be put in the outbox: %1 It is still here.").arg(entry.message()));
        return false;
    }
    m_queued = true;
    if (m_draftSaved) {
        m_session->discardDraft(m_draftAccount, m_messageId, true);
    }
    if (m_repliedAccount >= 0) {
        m_session->setFlag(m_repliedAccount, {m_repliedMessage}, Store::MessageFlag::Answered, true);
    }
    Q_EMIT queued(from, entry.value());
    close();
    return true;
}

bool ComposerWindow::saveDraft()
{
    const int to = account();
    if (!m_session || to < 0) {
        return false;
    }
    if (m_messageId.isEmpty()) {
        m_messageId = Mime::MessageBuilder::generateMessageId(m_session->account(to)->email);
    }
    if (m_draftSaved && m_draftAccount != to) {
        // Another identity now: the draft moves to that account's Drafts.
        m_session->discardDraft(m_draftAccount, m_messageId, true);
        m_draftSaved = false;
    }
    const Store::Status saved = m_session->saveDraft(to, message(true).build(), m_draftSaved);
    if (!saved.ok()) {
        statusBar()->showMessage(tr("The draft could not be saved: %1").arg(saved.message()));
        return false;
    }
    m_draftSaved = true;
    m_draftAccount = to;
    m_changed = false;
    statusBar()->showMessage(
        tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), 10000);
    return true;
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    // Closing keeps what was written (Thunderbird asks; a draft loses nothing either way
    // and never blocks closing with the main window).
    if (!m_queued && m_changed) {
        saveDraft();
    }
    m_autosave.stop();
    QMainWindow::closeEvent(event);
}

} // namespace Letterbox::Gui
