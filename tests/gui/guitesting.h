#pragma once

// Helpers of the window tests: a profile in a temporary directory with accounts whose
// caches already hold mail (open a MailSession on it with MailSessionOptions::manualOnly()).

#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "services/session/mailsession.h"
#include "storetesting.h"
#include "unreachableaccount.h"

#include <QTemporaryDir>
#include <QTest>

namespace GuiTesting {

using namespace Letterbox;

struct TestAccount
{
    qint64 inbox = 0;
    qint64 trash = 0;
    qint64 work = 0;
    QList<qint64> messages; ///< the Inbox's rows, oldest first
};

/// A profile with accounts made on disk as `letterbox-cli account add` makes them.
class TestProfile
{
public:
    TestProfile()
        : m_profile(Accounts::Profile::atDirectory(m_directory.path()))
    {
        QString error;
        if (!m_profile.ensureExists(&error)) {
            qFatal("cannot make the profile: %s", qPrintable(error));
        }
    }

    [[nodiscard]] const Accounts::Profile &profile() const { return m_profile; }

    /**
     * Account @p name on a server that is never reached (port 1 of 127.0.0.1), with an
     * Inbox of @p count messages ("Message 1" … oldest first, every third one read), a
     * Trash and a "Work" folder. POP3 folders are local, IMAP ones are server folders.
     */
    TestAccount addAccount(const QString &name, Accounts::IncomingProtocol protocol, int count)
    {
        const Accounts::Account account = unreachableAccount(name, protocol);
        if (const Accounts::AccountResult added = Accounts::AccountStore(m_profile).add(account); !added.ok()) {
            qFatal("cannot add the account: %s", qPrintable(added.message));
        }
        Store::Database database(m_profile.accountDataDirectory(name));
        if (!database.open().ok()) {
            qFatal("cannot open the cache");
        }
        const bool local = protocol == Accounts::IncomingProtocol::Pop3;
        TestAccount made;
        made.inbox = createFolder(database, QStringLiteral("INBOX"), Store::SpecialUse::Inbox, local);
        made.trash = createFolder(database, QStringLiteral("Trash"), Store::SpecialUse::Trash, local);
        made.work = createFolder(database, QStringLiteral("Work"), Store::SpecialUse::None, local);
        QList<Store::NewMessage> messages;
        for (int i = 1; i <= count; ++i) {
            Store::NewMessage message = StoreTesting::message(quint32(i), QStringLiteral("Message %1").arg(i));
            if (i % 3 == 0) {
                message.flags = Store::MessageFlag::Seen;
            }
            messages.append(message);
        }
        const Store::Result<QList<qint64>> inserted = Store::MessageStore(database).insert(made.inbox, messages);
        if (!inserted.ok()) {
            qFatal("cannot insert: %s", qPrintable(inserted.message()));
        }
        made.messages = inserted.value();
        return made;
    }

    /// A message with its whole body (@p raw, RFC 5322) in folder @p folderId of @p name.
    qint64 addMessageWithBody(
        const QString &name, qint64 folderId, quint32 uid, const QString &subject, const QByteArray &raw)
    {
        Store::Database database(m_profile.accountDataDirectory(name));
        if (!database.open().ok()) {
            qFatal("cannot open the cache");
        }
        Store::NewMessage message = StoreTesting::withBlob(StoreTesting::message(uid, subject), database.blobs(), raw);
        const Store::Result<QList<qint64>> inserted = Store::MessageStore(database).insert(folderId, {message});
        if (!inserted.ok() || inserted.value().isEmpty()) {
            qFatal("cannot insert the message");
        }
        return inserted.value().first();
    }

private:
    static qint64 createFolder(Store::Database &database, const QString &path, Store::SpecialUse role, bool local)
    {
        Store::NewFolder folder;
        folder.path = path;
        folder.delimiter = QStringLiteral("/");
        folder.role = role;
        folder.localOnly = local;
        folder.uidValidity = 7;
        const Store::Result<qint64> created = Store::FolderStore(database).create(folder);
        if (!created.ok()) {
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(created.message()));
        }
        return created.value();
    }

    QTemporaryDir m_directory;
    Accounts::Profile m_profile;
};

} // namespace GuiTesting
