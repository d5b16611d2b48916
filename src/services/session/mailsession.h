#pragma once

#include "accounts/account.h"
#include "accounts/credentialresult.h"
#include "services/account/certificaterefusal.h"
#include "services/actions/localactions.h"
#include "services/retrieval/syncreport.h"
#include "services/session/accountactivity.h"
#include "services/session/accountsession.h"
#include "services/session/outboxitem.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace Letterbox::Accounts {
class Profile;
}

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Mime {
struct BuiltMessage;
}

namespace Letterbox::Services {

/// How MailSession runs; the defaults are the window's, tests turn parts off.
struct MailSessionOptions
{
    /// Sync every account right after open() (when online).
    bool syncOnStart = true;
    /// IMAP accounts keep their Inbox in IDLE after the first sync.
    bool push = true;
    /// Checks on each account's own interval (Account::checkIntervalMinutes); 0 turns
    /// every periodic check off (tests, benchmarks, screenshots).
    int checkIntervalMs = 10 * 60 * 1000;

    /// Nothing runs on its own — no sync on start, no push, no periodic check — so only
    /// the person's (or a test's) requests reach a server.
    static MailSessionOptions manualOnly() { return {false, false, 0}; }
};

/**
 * @short The window's one door to the accounts (STYLE.md: the gui uses a services
 * facade): the open caches it reads, the actions a person takes, and the engines that
 * fetch, all of one profile.
 *
 * Two sides, so the window never waits on the network (DESIGN.md principle 5):
 * - On the GUI thread: one Database per account, lent to the item models and the reader,
 *   and LocalActions over it. An action changes the store (and journals it) before the
 *   call returns, so the lists show it at once; the outcome is what an undo needs.
 * - On the engine thread: one AccountSession per account with a Database of its own.
 *   The engines, IDLE, the journal replay and the periodic check run there; what they
 *   commit reaches the models through StoreNotifier, and what they are doing through
 *   activityChanged(). After an action the engine side is asked to replay the journal.
 *
 * Offline: setOffline(true) keeps every connection closed; actions are journaled and go to
 * the server when it is set back (or, with setFollowsNetworkReachability(), when
 * QNetworkInformation says the network is back).
 *
 * An account is its index (in AccountStore::names() order), like Models::AccountCaches.
 */
class MailSession : public QObject
{
    Q_OBJECT

public:
    explicit MailSession(QObject *parent = nullptr);
    /// Stops every engine and the engine thread (bounded wait).
    ~MailSession() override;

    /**
     * Opens every account of @p profile: its cache here and its engine beside. An account
     * whose settings or cache cannot be read is left out and named in @p errors.
     */
    void open(const Accounts::Profile &profile, const MailSessionOptions &options, QStringList *errors);

    [[nodiscard]] int accountCount() const { return int(m_accounts.size()); }
    [[nodiscard]] QString accountName(int account) const;
    [[nodiscard]] const Accounts::Account *account(int account) const;
    /// The GUI thread's Database of @p account (for the models and the reader), or nullptr.
    [[nodiscard]] Store::Database *database(int account) const;
    [[nodiscard]] int indexOf(const QString &name) const;
    [[nodiscard]] AccountActivity activity(int account) const;
    [[nodiscard]] bool isImap(int account) const;

    // Accounts added, changed or removed while the window runs (mailsessionaccounts.cpp).
    /**
     * Opens account @p name, already in the profile's AccountStore (the wizard adds it
     * there first): its cache here, its engine beside, and a first sync when online.
     * Returns its index and emits accountAdded(); -1 with @p error when it cannot open.
     */
    int addAccount(const QString &name, QString *error);
    /// The profile open() was given; nullptr before.
    [[nodiscard]] const Accounts::Profile *profile() const { return m_profile.get(); }

    /**
     * The person's answer to certificateRefused(): trust the certificate with SHA-256
     * @p sha256 that @p account's server showed — for this run only (Once) or pinned in
     * the account's settings for that host and port (Always) — and get mail again.
     * False with @p error when no such refusal is waiting or the settings cannot be written.
     */
    bool acceptCertificate(int account, const QByteArray &sha256, CertificateTrust trust, QString *error = nullptr);
    /// "Cancel": the connection stays refused; not asked again until the person gets mail.
    void declineCertificate(int account, const QByteArray &sha256);
    /// A refusal met elsewhere (the outbox's SMTP connection) goes the same way.
    void reportCertificateRefusal(int account, const CertificateRefusal &refusal);

    /**
     * The settings dialog's OK: writes @p changed (same name; validated) to the settings
     * file and hands it to the engine, which uses it from its next connection. A new
     * incoming protocol switches the cache over at the next run (CacheHandover); a new
     * incoming server is synced at once. False with @p error when it cannot be stored.
     */
    bool updateAccount(int account, const Accounts::Account &changed, QString *error = nullptr);
    /**
     * Removes @p account: its engine stops, its cache is closed and deleted, its settings
     * go, and its password (or OAuth2 tokens) leave the keychain; accountRemoving() first,
     * while its cache is still open, accountRemoved() once the keychain has answered. Its
     * index stays as an empty slot (every other index keeps its meaning). The keychain's
     * service is the application's unless @p credentialService names another (tests).
     */
    bool removeAccount(int account, QString *error = nullptr, const QString &credentialService = {});

    /// What storeCredential() writes.
    enum class Credential { Password, OAuth2Tokens };
    /**
     * Writes @p secret (a password, or OAuth2Tokens::toText()) for account @p name into
     * the keychain on the engine thread, and calls @p done here (with @p context alive)
     * with the result; an empty @p secret removes the entry. On the engine thread so that
     * the blocking token calls never stall the window (QtKeychain itself runs on a thread
     * of its own: Accounts::CredentialJob).
     */
    void storeCredential(const QString &name, const QString &secret, Credential kind, QObject *context,
        std::function<void(const Accounts::CredentialResult &result)> done, const QString &service = {});

    /// "Get Messages" for every account, or one.
    void syncAll();
    void sync(int account);
    void cancel(int account);
    void cancelAll();
    /// Downloads one message's body for the reader; bodyFetched() follows.
    void fetchBody(int account, qint64 messageId);
    /**
     * "Search on server" in one IMAP folder (AccountSession::searchOnServer): what the
     * cache and the server find, as rows of the cache; serverSearchFinished() answers with
     * the number returned here (0 when the account or folder is unknown).
     */
    quint64 searchOnServer(int account, qint64 folderId, const QString &text);

    [[nodiscard]] bool isOffline() const { return m_offline; }
    void setOffline(bool offline);
    /// Goes offline and online with the platform's reachability (QNetworkInformation).
    void setFollowsNetworkReachability(bool follow);

    // Actions: applied to the GUI thread's store now (journaled for IMAP), then replayed.
    Store::Result<ActionOutcome> setFlag(int account, const QList<qint64> &ids, Store::MessageFlag flag, bool on);
    Store::Result<ActionOutcome> setKeyword(int account, const QList<qint64> &ids, const QString &keyword, bool on);
    Store::Result<ActionOutcome> move(int account, const QList<qint64> &ids, qint64 targetFolderId);
    Store::Result<ActionOutcome> copy(int account, const QList<qint64> &ids, qint64 targetFolderId);
    Store::Result<ActionOutcome> deleteMessages(int account, const QList<qint64> &ids);
    Store::Result<ActionOutcome> createFolder(int account, const QString &path, const QString &delimiter = {});
    Store::Result<ActionOutcome> renameFolder(int account, qint64 folderId, const QString &newPath);
    Store::Result<ActionOutcome> deleteFolder(int account, qint64 folderId);

    // Sending and drafts (mailsessionsending.cpp).
    /**
     * Puts @p message in the outbox of @p account — blob fsync'd, row committed, so it is
     * never lost from here on ("Sending: what is guaranteed") — and asks the account's
     * engine to send it; offline it waits there until the session is online. MAIL FROM is
     * the account's address. Returns the outbox entry's id.
     */
    Store::Result<qint64> send(int account, const Mime::BuiltMessage &message);
    /// What waits in the outbox of @p account, oldest first (sent entries are not listed).
    Store::Result<QList<OutboxItem>> outbox(int account);
    /// "Send Again": a failed or maybe-sent entry is queued and sent now (same bytes).
    Store::Status sendAgain(int account, qint64 entryId);
    /// Removes an entry that is not being sent, with its message.
    Store::Status discardOutgoing(int account, qint64 entryId);
    /// The bytes of outbox entry @p entryId, as they go out (the outbox's "Edit").
    Store::Result<QByteArray> outgoingBytes(int account, qint64 entryId);
    /// The SIZE limit the account's submission server announced in this session, if any.
    [[nodiscard]] std::optional<qint64> sizeLimit(int account) const;
    /**
     * Saves @p draft as the draft with its Message-ID: an IMAP account APPENDs it to the
     * server's Drafts folder (journaled, so offline it goes later) after removing the
     * copy saved before — the cached row, or, when @p replacesSavedCopy and the cache
     * has none yet, the server's message with that Message-ID; a POP3 account keeps it
     * in its local Drafts folder. Flags: \Draft and \Seen.
     */
    Store::Status saveDraft(int account, const Mime::BuiltMessage &draft, bool replacesSavedCopy);
    /// Removes the saved draft with @p messageId (after sending it, or when discarded).
    Store::Status discardDraft(int account, const QString &messageId, bool savedCopy);
    /// The raw message of row @p messageId, for a reply, a forward or reopening a draft;
    /// ErrorCode::NotFound when its body is not in the cache (fetchBody() brings it).
    Store::Result<QByteArray> messageBytes(int account, qint64 messageId);
    /// True when row @p messageId lies in the account's Drafts folder (opening it edits it).
    [[nodiscard]] bool isInDrafts(int account, qint64 messageId) const;

Q_SIGNALS:
    void activityChanged(int account);
    /// addAccount() opened account @p account (the last index).
    void accountAdded(int account);
    /**
     * A server of @p account showed a certificate that is not trusted (or not the pinned
     * one): the connection was refused before anything was sent and stays refused until
     * acceptCertificate() or declineCertificate(). Once per certificate until decided.
     */
    void certificateRefused(int account, const Letterbox::Services::CertificateRefusal &refusal);
    /// removeAccount() is about to close the cache of @p account: let go of it now.
    void accountRemoving(int account);
    /// @p name is removed; @p problem says what could not be deleted (empty: everything went).
    void accountRemoved(const QString &name, const QString &problem);
    void offlineChanged(bool offline);
    void syncFinished(int account, bool ok);
    /// @p count new messages arrived in @p folder (not for the first download of a cache).
    void newMail(int account, const QString &folder, int count);
    void bodyFetched(int account, qint64 messageId, bool ok, const QString &error);
    void serverSearchFinished(
        int account, quint64 request, const QList<qint64> &ids, int notFetched, const QString &error);
    /// An entry was queued, is being sent, was sent or failed, or was removed.
    void outboxChanged(int account);
    /// One attempt to send an outbox entry ended (sent, refused, to be retried).
    void sendReported(int account, const Letterbox::Services::SendNotice &notice);

private:
    struct Entry;
    using Action = std::function<Store::Result<ActionOutcome>(LocalActions &)>;
    /// Runs @p action on the account's LocalActions, then asks its engine to replay.
    Store::Result<ActionOutcome> act(int account, const Action &action);
    [[nodiscard]] Entry *entry(int account) const;
    /// Opens one account of the profile's store and appends it; its index, or -1.
    int openAccount(const QString &name, bool syncNow, QStringList *errors);
    void onCertificateRefused(const QString &account, const CertificateRefusal &refusal);
    /// The stored settings with this run's "accept once" pins, for the engine.
    [[nodiscard]] static Accounts::Account effectiveAccount(const Entry &entry);
    /// Hands the entry's settings to its engine (new interval included).
    void pushAccount(Entry &entry);
    void onActivity(const AccountActivity &activity);
    /// The engine's sending signals, forwarded by account index (mailsessionsending.cpp).
    void connectSending(Entry &record);
    [[nodiscard]] Store::Result<QList<qint64>> draftCopies(Entry &entry, const QString &messageId, qint64 *folderId);
    Store::Status removeDraftCopies(Entry &entry, const QString &messageId, bool savedCopy);
    void onReachability();

    std::vector<std::unique_ptr<Entry>> m_accounts;
    std::unique_ptr<Accounts::Profile> m_profile; ///< the one open() was given
    MailSessionOptions m_options;
    QThread *m_engineThread = nullptr;
    QObject *m_engineRoot = nullptr; ///< on the engine thread: the parent of every AccountSession
    bool m_offline = false;
    quint64 m_lastSearch = 0;
    bool m_followsReachability = false;
    bool m_offlineByNetwork = false; ///< offline because the network went, not by choice
};

} // namespace Letterbox::Services
