#include "services/imap/imapfoldersync.h"

#include "services/common/overloaded.h"
#include "services/imap/imapclient.h"
#include "services/imap/imapmessagefields.h"
#include "services/imap/imapsyncwindow.h"
#include "services/imap/imapuidsets.h"
#include "services/retrieval/messageidentity.h"
#include "store/cachedcopies.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/offlinejournal.h"
#include "store/transaction.h"

#include <QJsonArray>

#include <algorithm>

namespace Letterbox::Services {

namespace {

/// QRESYNC's known-uids beyond this length become "1:max" (RFC 7162 3.2.5.1 allows either).
constexpr qsizetype s_maxKnownUidsLength = 1000;
/// A server's "ESEARCH ALL 1:4294967295" must not allocate gigabytes.
constexpr qsizetype s_maxSearchUids = 10'000'000;
/// The flags a person sets that a switch from POP3 carries over to the server.
constexpr Store::MessageFlags s_personalFlags
    = Store::MessageFlags(Store::MessageFlag::Seen) | Store::MessageFlag::Flagged | Store::MessageFlag::Answered;

/// The Message-IDs and flags a journaled Flag/Unflag entry is about (its "messages"
/// arguments, offlinejournal.h).
struct JournaledFlags
{
    Store::MessageFlags flags;
    QStringList messageIds;
    std::optional<quint32> uidValidity;
};

JournaledFlags journaledFlags(const Store::JournalEntry &entry)
{
    JournaledFlags out;
    QList<QByteArray> names;
    for (const QJsonValue &flag : entry.args.value(QStringLiteral("flags")).toArray()) {
        names.append(flag.toString().toUtf8());
    }
    out.flags = ImapMessageFields::flags(names).first;
    for (const QJsonValue &id : entry.args.value(QStringLiteral("messageIds")).toArray()) {
        if (!id.toString().isEmpty()) {
            out.messageIds.append(id.toString());
        }
    }
    if (entry.args.contains(QStringLiteral("uidValidity"))) {
        out.uidValidity = quint32(entry.args.value(QStringLiteral("uidValidity")).toDouble());
    }
    return out;
}

} // namespace

ImapFolderSync::ImapFolderSync(Store::Database &database, ImapClient &client, const Store::Folder &folder,
    const ImapFolderSyncOptions &options, quint64 tokenBase, QObject *parent)
    : ImapTask(client, parent)
    , m_database(database)
    , m_folder(folder)
    , m_options(options)
    , m_tokenBase(tokenBase)
{
    m_report.folder = folder.path;
}

void ImapFolderSync::start()
{
    m_clock.start();
    const Net::ConnectionCounters &counters = m_client.connection().counters();
    m_bytesIn0 = counters.bytesIn;
    m_bytesOut0 = counters.bytesOut;
    m_roundTrips0 = counters.roundTrips;
    Store::Result<QList<quint32>> cached = Store::MessageStore(m_database).uids(m_folder.id);
    if (!cached.ok()) {
        fail(cached.message(), false);
        return;
    }
    m_cached = std::move(cached).value();
    if (!m_folder.localOnly) {
        const Store::Result<bool> copies = Store::CachedCopies(m_database).anyInLocalFolders();
        m_lookForCopies = copies.ok() && copies.value();
    }
    readJournal();
    listen();

    Imap::ImapSelectOptions options;
    if (m_options.qresync && m_folder.sync.uidValidity != 0 && m_folder.sync.highestModSeq > 0) {
        options.qresync = Imap::ImapQresync {m_folder.sync.uidValidity, quint64(m_folder.sync.highestModSeq),
            ImapUidSets::knownUids(m_cached, s_maxKnownUidsLength), std::nullopt};
        m_usedQresync = true;
    } else {
        options.condStore = m_options.condStore || m_options.qresync;
    }
    const QString path = m_folder.path;
    submit(Command::Select, [path, options](Imap::ImapEncoder &encoder) { return encoder.select(path, options); });
}

void ImapFolderSync::readJournal()
{
    const Store::Result<QList<Store::JournalEntry>> pending = Store::OfflineJournal(m_database).pending();
    if (!pending.ok()) {
        return;
    }
    for (const Store::JournalEntry &entry : pending.value()) {
        if (entry.folderId != m_folder.id) {
            continue;
        }
        const JournaledFlags journaled = journaledFlags(entry);
        if (journaled.uidValidity && *journaled.uidValidity != m_folder.sync.uidValidity) {
            continue; // from before a UIDVALIDITY change: its UIDs name other messages now
        }
        QSet<quint32> *target = nullptr;
        switch (entry.kind) {
        case Store::JournalKind::Flag:
        case Store::JournalKind::Unflag:
            target = &m_keepFlags;
            break;
        case Store::JournalKind::Move:
        case Store::JournalKind::Delete:
            target = &m_notAgain;
            break;
        default:
            break;
        }
        if (target) {
            for (const quint32 uid : entry.uids) {
                if (uid != 0) {
                    target->insert(uid);
                }
            }
        }
    }
}

void ImapFolderSync::submit(Command command, const Imap::ImapCommandBuilder &builder)
{
    const quint64 token = m_tokenBase + ++m_nextToken;
    m_commands.insert(token, command);
    m_client.submit(builder, token);
}

void ImapFolderSync::onUntagged(const Imap::ImapResponse &response)
{
    std::visit(Overloaded {
                   [this](const Imap::ImapStatusResponse &status) {
                       using Kind = Imap::ImapResponseCode::Kind;
                       switch (status.code.kind) {
                       case Kind::UidValidity:
                           m_uidValidity = quint32(status.code.number);
                           break;
                       case Kind::UidNext:
                           m_uidNext = quint32(status.code.number);
                           break;
                       case Kind::HighestModSeq:
                           m_highestModSeq = status.code.number;
                           break;
                       case Kind::NoModSeq:
                           m_noModSeq = true;
                           break;
                       default:
                           break;
                       }
                   },
                   [this](const Imap::ImapExistsResponse &exists) { m_exists = exists.count; },
                   [this](const Imap::ImapExpungeResponse &) { m_exists = std::max<qint64>(0, m_exists - 1); },
                   [this](const Imap::ImapVanishedResponse &vanished) {
                       m_vanished.append(vanished.uids);
                       if (!vanished.earlier) {
                           // RFC 7162 3.2.10: VANISHED without EARLIER stands for EXPUNGEs.
                           m_exists = std::max<qint64>(0, m_exists - qint64(vanished.uids.count()));
                       }
                   },
                   [this](const Imap::ImapFetchResponse &fetch) { onFetch(fetch); },
                   [this](const Imap::ImapSearchResponse &search) { m_serverUids += search.numbers; },
                   [this](const Imap::ImapEsearchResponse &search) {
                       if (search.all) {
                           m_serverUids
                               += search.all->toNumbers(0xffffffffu, s_maxSearchUids).value_or(QList<quint32>());
                       }
                   },
                   [](const auto &) {},
               },
        response);
}

void ImapFolderSync::onFetch(const Imap::ImapFetchResponse &fetch)
{
    if (!fetch.uid || !fetch.uid->isValid()) {
        return; // a sequence number alone addresses nothing the cache can hold
    }
    const quint32 uid = fetch.uid->value;
    if (fetch.envelope && !ImapUidSets::contains(m_cached, uid)) {
        // A cached UID here (rows an interrupted run stored) only refreshes its flags below.
        if ((uid < m_fromUid && !m_wanted.contains(uid)) || m_notAgain.contains(uid)) {
            return;
        }
        if (std::optional<Store::NewMessage> message = ImapMessageFields::fromFetch(fetch)) {
            m_newBatch.append(std::move(*message));
            m_maxNewUid = std::max(m_maxNewUid, uid);
            if (quint32(m_newBatch.size()) >= m_options.batch) {
                // Rows are idempotent and the sync state comes last: a long FETCH may be
                // stored as it streams, so memory stays at one batch.
                (void)flushNew();
            }
        }
        return;
    }
    if (!fetch.flags) {
        return;
    }
    if (m_fullFlags) {
        m_serverUids.append(uid);
    }
    if (m_keepFlags.contains(uid)) {
        return; // a pending local change wins until the replay has sent it
    }
    const auto [flags, keywords] = ImapMessageFields::flags(*fetch.flags);
    m_flagUpdates.append({uid, flags, keywords, qint64(fetch.modSeq.value_or(0))});
}

void ImapFolderSync::onCommandFinished(
    quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
{
    const auto found = m_commands.constFind(token);
    if (found == m_commands.cend()) {
        return;
    }
    const Command command = found.value();
    m_commands.erase(found);
    if (!ok) {
        if (!text.isEmpty()) {
            fail(text, true);
        } else {
            fail(tr("The server refused to sync the folder “%1”: %2").arg(m_folder.path, QString::fromUtf8(reply.text)),
                false);
        }
        return;
    }
    switch (command) {
    case Command::Select:
        m_selected = true;
        afterSelect();
        return;
    case Command::Window: {
        const QList<quint32> wanted = ImapUidSets::uncached(std::exchange(m_serverUids, {}), m_cached, m_notAgain);
        m_wanted = QSet<quint32>(wanted.cbegin(), wanted.cend());
        m_expectedNew = wanted.size();
        fetchChanges();
        return;
    }
    case Command::NewMessages:
        if (!flushNew()) {
            return;
        }
        break;
    case Command::Flags:
        if (m_fullFlags) {
            m_fullFlags = false;
            const QList<quint32> gone = ImapUidSets::missing(m_cached, std::exchange(m_serverUids, {}), m_fromUid);
            if (!removeUids(gone)) {
                return;
            }
        }
        if (!flushFlags()) {
            return;
        }
        break;
    case Command::Search: {
        const QList<quint32> server = std::exchange(m_serverUids, {});
        const QList<quint32> gone = ImapUidSets::missing(m_cached, server, 0xffffffffu);
        if (!removeUids(gone)) {
            return;
        }
        // What the server holds and the cache lacks: outside a window, mail a narrower
        // window left out before. Fetched once; what still differs afterwards stays so.
        const QList<quint32> missing
            = m_options.since || m_filledGaps ? QList<quint32>() : ImapUidSets::uncached(server, m_cached, m_notAgain);
        m_filledGaps = true;
        if (missing.isEmpty()) {
            complete();
            return;
        }
        m_wanted = QSet<quint32>(missing.cbegin(), missing.cend());
        m_expectedNew += missing.size();
        fetchUids(missing);
        return;
    }
    }
    if (m_commands.isEmpty()) {
        afterFetches();
    }
}

void ImapFolderSync::afterSelect()
{
    if (m_uidValidity == 0) {
        fail(tr("The server did not say the UIDVALIDITY of “%1”.").arg(m_folder.path), false);
        return;
    }
    Store::FolderStore folders(m_database);
    const bool firstSync = m_folder.sync.uidValidity == 0 && m_cached.isEmpty();
    if (firstSync && folders.setSyncState(m_folder.id, {m_uidValidity, 0, 0}).ok()) {
        m_fromUid = 1;
    } else if (m_folder.sync.uidValidity != m_uidValidity) {
        // RFC 4549 4.1: every cached UID means nothing now.
        const Store::Result<QList<qint64>> dropped = folders.resetUidValidity(m_folder.id, m_uidValidity);
        if (!dropped.ok()) {
            fail(dropped.message(), false);
            return;
        }
        m_reset = !firstSync;
        m_cached.clear();
        m_flagUpdates.clear();
        m_vanished.clear();
        m_keepFlags.clear();
        m_notAgain.clear();
        m_fromUid = 1;
    } else {
        m_fromUid = std::max<quint32>(quint32(m_folder.sync.uidNext), 1);
        QList<quint32> gone;
        for (const Imap::ImapSequenceSet &set : std::as_const(m_vanished)) {
            gone += ImapUidSets::intersect(m_cached, set);
        }
        m_vanished.clear();
        if (!removeUids(gone) || !flushFlags()) {
            return;
        }
    }
    if (m_options.since) {
        // The window's UIDs first: the new-message fetch asks for those alone.
        const QList<Imap::ImapSearchToken> program = ImapSyncWindow::searchProgram(*m_options.since);
        const QList<QByteArray> returnAll
            = m_options.esearch ? QList<QByteArray> {QByteArrayLiteral("ALL")} : QList<QByteArray> {};
        submit(Command::Window,
            [program, returnAll](Imap::ImapEncoder &encoder) { return encoder.uidSearch(program, returnAll); });
        return;
    }
    fetchChanges();
}

void ImapFolderSync::fetchChanges()
{
    const bool modSeqs = (m_usedQresync || m_options.condStore) && !m_noModSeq && m_highestModSeq > 0;
    if (!m_reset && !m_cached.isEmpty() && m_fromUid > 1 && !m_usedQresync) {
        Imap::ImapFetchRequest request;
        request.flags = true;
        request.modSeq = modSeqs;
        const bool changedSince = modSeqs && m_folder.sync.highestModSeq > 0;
        if (changedSince) {
            request.changedSince = quint64(m_folder.sync.highestModSeq);
        }
        m_fullFlags = !changedSince;
        if (m_fullFlags || m_highestModSeq > quint64(m_folder.sync.highestModSeq)) {
            const Imap::ImapSequenceSet known = Imap::ImapSequenceSet::range(1, m_fromUid - 1);
            submit(Command::Flags,
                [known, request](Imap::ImapEncoder &encoder) { return encoder.uidFetch(known, request); });
        }
    }

    if (m_options.since) {
        QList<quint32> wanted(m_wanted.cbegin(), m_wanted.cend());
        std::sort(wanted.begin(), wanted.end());
        fetchUids(wanted);
        return;
    }
    const Imap::ImapFetchRequest request = headerRequest();
    m_expectedNew = std::max<qint64>(0, m_exists - qint64(m_cached.size()));
    QList<Imap::ImapSequenceSet> ranges = ImapUidSets::fetchRanges(m_fromUid, m_uidNext, m_options.batch);
    if (ranges.size() > 4 + 2 * m_expectedNew / qint64(m_options.batch)) {
        // Sparse UIDs (UIDNEXT far above the message count): runs of UIDs would be
        // mostly empty commands, so one open range streams them all instead.
        ranges = {Imap::ImapSequenceSet::from(m_fromUid)};
    }
    for (const Imap::ImapSequenceSet &range : std::as_const(ranges)) {
        submit(Command::NewMessages,
            [range, request](Imap::ImapEncoder &encoder) { return encoder.uidFetch(range, request); });
    }
    if (m_commands.isEmpty()) {
        afterFetches();
    }
}

Imap::ImapFetchRequest ImapFolderSync::headerRequest() const
{
    return ImapMessageFields::headerRequest(
        (m_usedQresync || m_options.condStore) && !m_noModSeq && m_highestModSeq > 0);
}

void ImapFolderSync::fetchUids(const QList<quint32> &uids)
{
    const Imap::ImapFetchRequest request = headerRequest();
    for (const Imap::ImapSequenceSet &set : ImapUidSets::runs(uids, m_options.batch)) {
        submit(Command::NewMessages,
            [set, request](Imap::ImapEncoder &encoder) { return encoder.uidFetch(set, request); });
    }
    if (m_commands.isEmpty()) {
        afterFetches();
    }
}

bool ImapFolderSync::flushNew()
{
    if (m_newBatch.isEmpty()) {
        return true;
    }
    Store::Transaction transaction(m_database);
    Store::MessageStore store(m_database);
    const Store::Result<int> adopted = adoptCachedCopies();
    if (!adopted.ok()) {
        fail(adopted.message(), false);
        return false;
    }
    const Store::Result<QList<qint64>> ids = store.insert(m_folder.id, m_newBatch);
    if (!ids.ok()) {
        fail(ids.message(), false);
        return false;
    }
    if (Store::Status status = transaction.commit(); !status.ok()) {
        fail(status.message(), false);
        return false;
    }
    m_report.newMessages += int(m_newBatch.size()) + adopted.value();
    m_report.adopted += adopted.value();
    m_newBatch.clear();
    Q_EMIT progress(m_folder.path, m_report.newMessages, std::max<qint64>(m_expectedNew, m_report.newMessages));
    return true;
}

Store::Result<int> ImapFolderSync::adoptCachedCopies()
{
    if (!m_lookForCopies) {
        return 0;
    }
    // A message the cache holds from the account's POP3 days (a local-only folder, same
    // Message-ID and size: MessageIdentity) moves here with its UID instead of becoming a
    // header row whose body would be downloaded again.
    Store::CachedCopies copies(m_database);
    QList<std::optional<MessageIdentity::Key>> keys;
    QList<Store::CachedCopy> candidates;
    for (const Store::NewMessage &message : std::as_const(m_newBatch)) {
        const std::optional<MessageIdentity::Key> key = MessageIdentity::key(message.messageId, message.size);
        keys.append(key);
        if (key) {
            Store::Result<QList<Store::CachedCopy>> found = copies.inLocalFolders(key->messageId, key->size);
            if (!found.ok()) {
                return found.status();
            }
            candidates += found.value();
        }
    }
    if (candidates.isEmpty()) {
        return 0;
    }
    const QList<std::optional<qint64>> paired = MessageIdentity::pair(keys, candidates);
    QHash<qint64, Store::CachedCopy> byId;
    for (const Store::CachedCopy &copy : std::as_const(candidates)) {
        byId.insert(copy.id, copy);
    }
    Store::MessageStore store(m_database);
    QList<Store::NewMessage> rest;
    QList<LocalFlags> kept;
    int adopted = 0;
    for (qsizetype i = 0; i < m_newBatch.size(); ++i) {
        const Store::NewMessage &message = m_newBatch.at(i);
        if (!paired.at(i)) {
            rest.append(message);
            continue;
        }
        // What the person marked under POP3 (read, flagged, answered) stays, and reaches the
        // server through the journal, which the next run replays first (RFC 4549).
        const Store::CachedCopy &copy = byId.value(*paired.at(i));
        const Store::MessageFlags mine = copy.flags & s_personalFlags & ~message.flags;
        const Store::FlagUpdate server {*message.uid, message.flags | mine, message.keywords, message.modSeq};
        if (Store::Status status = store.adopt(copy.id, m_folder.id, server); !status.ok()) {
            return status;
        }
        if (mine.toInt() != 0) {
            kept.append({copy.id, *message.uid, message.messageId, mine});
        }
        ++adopted;
    }
    if (Store::Status status = journalLocalFlags(kept); !status.ok()) {
        return status;
    }
    m_newBatch = std::move(rest);
    return adopted;
}

Store::Status ImapFolderSync::journalLocalFlags(const QList<LocalFlags> &kept)
{
    // One Flag entry per flag, in the format of store/offlinejournal.h.
    for (const Store::MessageFlag flag :
        {Store::MessageFlag::Seen, Store::MessageFlag::Flagged, Store::MessageFlag::Answered}) {
        Store::NewJournalEntry entry;
        entry.kind = Store::JournalKind::Flag;
        entry.folderId = m_folder.id;
        entry.folderPath = m_folder.path;
        QJsonArray ids;
        QJsonArray messageIds;
        for (const LocalFlags &row : kept) {
            if (row.flags.testFlag(flag)) {
                ids.append(row.id);
                messageIds.append(QString(QLatin1Char('<') + row.messageId + QLatin1Char('>')));
                entry.uids.append(row.uid);
            }
        }
        if (ids.isEmpty()) {
            continue;
        }
        const QString name = flag == Store::MessageFlag::Seen ? QStringLiteral("\\Seen")
            : flag == Store::MessageFlag::Flagged             ? QStringLiteral("\\Flagged")
                                                              : QStringLiteral("\\Answered");
        entry.args = QJsonObject {{QStringLiteral("flags"), QJsonArray {name}}, {QStringLiteral("ids"), ids},
            {QStringLiteral("messageIds"), messageIds}, {QStringLiteral("uidValidity"), qint64(m_uidValidity)}};
        if (Store::Result<qint64> appended = Store::OfflineJournal(m_database).append(entry); !appended.ok()) {
            return appended.status();
        }
    }
    return {};
}

bool ImapFolderSync::flushFlags()
{
    if (m_flagUpdates.isEmpty()) {
        return true;
    }
    const Store::Result<QList<qint64>> changed
        = Store::MessageStore(m_database).applyServerFlags(m_folder.id, std::exchange(m_flagUpdates, {}));
    if (!changed.ok()) {
        fail(changed.message(), false);
        return false;
    }
    m_report.changed += int(changed.value().size());
    return true;
}

bool ImapFolderSync::removeUids(const QList<quint32> &uids)
{
    if (uids.isEmpty()) {
        return true;
    }
    const Store::Result<QList<qint64>> removed = Store::MessageStore(m_database).removeByUid(m_folder.id, uids);
    if (!removed.ok()) {
        fail(removed.message(), false);
        return false;
    }
    m_report.vanished += int(removed.value().size());
    return true;
}

void ImapFolderSync::afterFetches()
{
    QList<quint32> gone;
    for (const Imap::ImapSequenceSet &set : std::as_const(m_vanished)) {
        gone += ImapUidSets::intersect(m_cached, set);
    }
    m_vanished.clear();
    if (!flushNew() || !flushFlags() || !removeUids(gone)) {
        return;
    }
    // Read the cached UIDs again only when this sync added or removed rows: a resync
    // without change (the common case, on 100,000-message folders too) keeps the list it
    // read at the start instead of loading it twice.
    if (m_report.newMessages > 0 || m_report.vanished > 0) {
        Store::Result<QList<quint32>> cached = Store::MessageStore(m_database).uids(m_folder.id);
        if (!cached.ok()) {
            fail(cached.message(), false);
            return;
        }
        m_cached = std::move(cached).value();
    }
    if (m_exists < 0 || qint64(m_cached.size()) == m_exists) {
        complete();
        return;
    }
    // Counts differ: something went that no VANISHED or FETCH named (CONDSTORE only,
    // or mail moved away locally). Ask which UIDs the server has.
    const QList<QByteArray> returnAll
        = m_options.esearch ? QList<QByteArray> {QByteArrayLiteral("ALL")} : QList<QByteArray> {};
    submit(Command::Search, [returnAll](Imap::ImapEncoder &encoder) {
        return encoder.uidSearch({Imap::ImapSearchToken::atom(QByteArrayLiteral("ALL"))}, returnAll);
    });
}

bool ImapFolderSync::reapplyJournal()
{
    const Store::Result<QList<Store::JournalEntry>> pending = Store::OfflineJournal(m_database).pending();
    if (!pending.ok()) {
        return true;
    }
    Store::MessageStore messages(m_database);
    Store::MessageQuery query(m_database);
    Store::Transaction transaction(m_database);
    for (const Store::JournalEntry &entry : pending.value()) {
        if (entry.folderId != m_folder.id
            || (entry.kind != Store::JournalKind::Flag && entry.kind != Store::JournalKind::Unflag)) {
            continue;
        }
        const JournaledFlags journaled = journaledFlags(entry);
        QList<qint64> ids;
        for (const QString &messageId : journaled.messageIds) {
            const Store::Result<QList<qint64>> found = messages.idsForMessageId(messageId);
            if (found.ok()) {
                ids += found.value();
            }
        }
        const Store::Result<QList<Store::MessageRecord>> records = query.records(ids);
        if (!records.ok()) {
            continue;
        }
        QList<qint64> here;
        for (const Store::MessageRecord &record : records.value()) {
            if (record.folderId == m_folder.id) {
                here.append(record.id);
            }
        }
        const bool add = entry.kind == Store::JournalKind::Flag;
        if (!here.isEmpty()) {
            messages.changeFlags(
                here, add ? journaled.flags : Store::MessageFlags(), add ? Store::MessageFlags() : journaled.flags);
        }
    }
    if (Store::Status status = transaction.commit(); !status.ok()) {
        fail(status.message(), false);
        return false;
    }
    return true;
}

void ImapFolderSync::complete()
{
    if (m_reset && !reapplyJournal()) {
        return;
    }
    const bool modSeqs = (m_usedQresync || m_options.condStore) && !m_noModSeq;
    Store::FolderSyncState state;
    state.uidValidity = m_uidValidity;
    state.uidNext = std::max({m_uidNext, m_maxNewUid + 1, m_fromUid});
    state.highestModSeq = modSeqs ? qint64(m_highestModSeq) : 0;
    if (Store::Status status = Store::FolderStore(m_database).setSyncState(m_folder.id, state); !status.ok()) {
        fail(status.message(), false);
        return;
    }
    countBytes();
    finish(true, QString(), false);
}

void ImapFolderSync::fail(const QString &error, bool connectionLost)
{
    if (!isDone()) {
        countBytes();
        finish(false, error, connectionLost);
    }
}

void ImapFolderSync::countBytes()
{
    const Net::ConnectionCounters &counters = m_client.connection().counters();
    m_report.bytesIn = counters.bytesIn - m_bytesIn0;
    m_report.bytesOut = counters.bytesOut - m_bytesOut0;
    m_report.roundTrips = counters.roundTrips - m_roundTrips0;
    m_report.seconds = m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0;
}

} // namespace Letterbox::Services
