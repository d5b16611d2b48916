#include "services/retrieval/switchpreview.h"

#include "store/folderstore.h"

#include <QLocale>

namespace Letterbox::Services {

namespace {

QString folderName(const Store::Folder &folder)
{
    return folder.path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 ? SwitchPreview::tr("Inbox")
                                                                                 : folder.path;
}

QString retentionSentence(const Accounts::Account &account)
{
    switch (account.pop3Retention) {
    case Accounts::Pop3Retention::Keep:
        return SwitchPreview::tr("The messages stay on the server (leave on server).");
    case Accounts::Pop3Retention::KeepDays:
        return SwitchPreview::tr(
            "Messages are deleted from the server %n day(s) after they arrived.", nullptr, account.pop3KeepDays);
    case Accounts::Pop3Retention::DeleteAfterDownload:
        return SwitchPreview::tr("Each message is deleted from the server once it is safely stored here: other "
                                 "devices will no longer see it.");
    case Accounts::Pop3Retention::DeleteWithLocal:
        return SwitchPreview::tr("A message is deleted from the server when you delete it here.");
    }
    return {};
}

} // namespace

QStringList SwitchPreview::describe(
    Store::Database &cache, const Accounts::Account &before, const Accounts::Account &after)
{
    if (before.protocol == after.protocol) {
        return {};
    }
    const Store::Result<QList<Store::Folder>> listed = Store::FolderStore(cache).list();
    const QList<Store::Folder> folders = listed.ok() ? listed.value() : QList<Store::Folder>();
    const QLocale locale;
    QStringList sentences;
    if (after.protocol == Accounts::IncomingProtocol::Imap) {
        sentences.append(tr("From now on the server's folders are shown and kept in sync: read, flagged and "
                            "moved messages are the same on every device."));
        QStringList setAside;
        for (const Store::Folder &folder : folders) {
            // The ones the server lists too (Inbox, Sent, Drafts, Trash) make way for its own.
            if (folder.localOnly && folder.totalCount > 0 && folder.role != Store::SpecialUse::None) {
                setAside.append(tr("%1 (%2 messages) becomes \"%3 (local)\"")
                                    .arg(folderName(folder), locale.toString(folder.totalCount), folder.path));
            }
        }
        if (!setAside.isEmpty()) {
            sentences.append(tr("The folders of this computer are set aside, not deleted: %1.")
                                 .arg(setAside.join(QLatin1String("; "))));
        }
        sentences.append(tr("Messages already downloaded that the server still has are taken over, not "
                            "downloaded again, and move into the server's folders; what the server no longer "
                            "has stays in the \"(local)\" folders."));
        sentences.append(tr("Read, flagged and answered marks set here are sent to the server."));
    } else {
        qint64 messages = 0;
        QStringList names;
        for (const Store::Folder &folder : folders) {
            if (!folder.localOnly) {
                messages += folder.totalCount;
                names.append(folderName(folder));
            }
        }
        sentences.append(tr("From now on only the server's Inbox is downloaded, to this computer."));
        if (!names.isEmpty()) {
            sentences.append(tr("The %1 server folders (%2, %3 messages) become folders of this computer with what "
                                "they hold now; changes to them are no longer sent to the server.")
                                 .arg(locale.toString(qsizetype(names.size())), names.join(QLatin1String(", ")),
                                     locale.toString(messages)));
        }
        sentences.append(tr("Read and flagged marks stay here only; changes not yet sent to the server wait "
                            "until you switch back."));
        sentences.append(retentionSentence(after));
    }
    return sentences;
}

} // namespace Letterbox::Services
