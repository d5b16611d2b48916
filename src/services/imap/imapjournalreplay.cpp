#include "services/imap/imapjournalreplay.h"

#include "protocol/imap/imapencoder.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/transaction.h"

#include <QJsonArray>

#include <memory>

namespace Letterbox::Services {

namespace {

/// Tokens of this class on a shared client: far from the small ones its owner uses.
constexpr quint64 s_tokenBase = quint64(0x5250) << 48; // "RP"
/// A UID set per command stays well under the line length servers accept (Dovecot: 64 KiB).
constexpr qsizetype s_maxSetLength = 16000;
/// COPYUID sets are read into lists only up to this many UIDs.
constexpr qsizetype s_maxCopyUids = 1000000;

QList<QByteArray> flagsOf(const QJsonObject &args)
{
    QList<QByteArray> flags;
    for (const QJsonValue &flag : args.value(QStringLiteral("flags")).toArray()) {
        flags.append(flag.toString().toUtf8());
    }
    return flags;
}

QList<qint64> idsOf(const QJsonObject &args, const QString &key)
{
    QList<qint64> ids;
    for (const QJsonValue &id : args.value(key).toArray()) {
        ids.append(id.toInteger());
    }
    return ids;
}

QList<quint32> knownUids(const QList<quint32> &uids)
{
    QList<quint32> known;
    for (const quint32 uid : uids) {
        if (uid != 0) {
            known.append(uid);
        }
    }
    return known;
}

bool hasCode(const Imap::ImapStatusResponse &reply, QByteArrayView name)
{
    return reply.code.name == name;
}

bool isMessageKind(Store::JournalKind kind)
{
    return kind == Store::JournalKind::Flag || kind == Store::JournalKind::Unflag || kind == Store::JournalKind::Move
        || kind == Store::JournalKind::Copy || kind == Store::JournalKind::Delete;
}

} // namespace

ImapJournalReplay::ImapJournalReplay(Store::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

ImapJournalReplay::~ImapJournalReplay()
{
    if (m_client) {
        m_client->disconnect(this);
        if (m_ownClient) {
            m_client->abort();
        }
    }
}

void ImapJournalReplay::setSettings(const ImapServerSettings &settings)
{
    m_settings = settings;
}

void ImapJournalReplay::setClient(ImapClient *client)
{
    if (!m_running) {
        m_client = client;
        m_ownClient = false;
    }
}

bool ImapJournalReplay::replay()
{
    if (m_running) {
        return false;
    }
    m_summary = {};
    m_entries.clear();
    m_index = 0;
    m_then.clear();
    m_stopped = false;
    m_selected.clear();
    m_uidValidity = 0;
    m_sentFolder.clear();
    m_copyUids.clear();
    m_searchResults.clear();

    Store::Result<QList<Store::JournalEntry>> pending = Store::OfflineJournal(m_database).pending();
    if (!pending.ok()) {
        m_summary.problems.append(pending.message());
    } else {
        for (const Store::JournalEntry &entry : pending.value()) {
            if (!m_filter || m_filter(entry)) {
                m_entries.append(entry);
            }
        }
    }
    if (m_entries.isEmpty() || (!m_client && !m_settings)) {
        if (!m_entries.isEmpty()) {
            m_summary.waiting = int(m_entries.size());
            m_summary.problems.append(tr("There is no IMAP connection to replay the offline changes on."));
        }
        const JournalReplaySummary summary = m_summary;
        QMetaObject::invokeMethod(
            this, [this, summary] { Q_EMIT finished(summary); }, Qt::QueuedConnection);
        return true;
    }
    m_running = true;
    if (!m_client || m_ownClient) {
        m_client = new ImapClient(this);
        m_ownClient = true;
    }
    connect(m_client, &ImapClient::untagged, this, &ImapJournalReplay::onUntagged);
    connect(m_client, &ImapClient::commandFinished, this, &ImapJournalReplay::onCommandFinished);
    connect(m_client, &ImapClient::failed, this, [this](const ImapClientError &error) {
        m_summary.connectionError = error;
        m_stopped = true;
    });
    // Queued: the client emits finished() from inside its own signal handlers.
    connect(m_client, &ImapClient::finished, this, &ImapJournalReplay::end, Qt::QueuedConnection);
    if (m_ownClient) {
        connect(m_client, &ImapClient::ready, this, &ImapJournalReplay::begin);
        m_client->setAccountName(m_settings->accountName);
        m_client->start(m_settings->endpoint, m_settings->tls, m_settings->session, m_settings->timeouts);
    } else if (m_client->session() && m_client->session()->state() == Imap::ImapSession::State::Ready) {
        QMetaObject::invokeMethod(this, &ImapJournalReplay::begin, Qt::QueuedConnection);
    } else {
        connect(m_client, &ImapClient::ready, this, &ImapJournalReplay::begin, Qt::SingleShotConnection);
    }
    return true;
}

void ImapJournalReplay::begin()
{
    if (!m_running || m_stopped) {
        return;
    }
    Imap::ImapSession *session = m_client->session();
    m_hasMove = session->hasCapability("MOVE");
    m_hasUidPlus = session->hasCapability("UIDPLUS");
    const bool sentCopies = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Store::JournalEntry &entry) {
        return entry.kind == Store::JournalKind::Append
            && entry.args.value(QStringLiteral("role")).toString() == QLatin1String("sent");
    });
    if (!sentCopies) {
        next();
        return;
    }
    // A Sent copy goes where the server keeps sent mail (RFC 6154), whatever it is called.
    m_listing = true;
    Imap::ImapListOptions options;
    options.specialUse = true;
    command([options](Imap::ImapEncoder &encoder) { return encoder.list(QString(), QStringLiteral("*"), options); },
        [this](bool, const Imap::ImapStatusResponse &) {
            m_listing = false; // a failed LIST only means the journaled path is used
            next();
        });
}

void ImapJournalReplay::command(Imap::ImapCommandBuilder builder, Then then)
{
    const quint64 token = s_tokenBase + m_nextToken++;
    m_then.insert(token, std::move(then));
    m_client->submit(std::move(builder), token);
}

void ImapJournalReplay::onCommandFinished(
    quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
{
    const auto found = m_then.find(token);
    if (found == m_then.end()) {
        return; // the shared client's owner's command
    }
    const Then then = found.value();
    m_then.erase(found);
    if (!text.isEmpty()) {
        // No reply: the connection went (or the encoder refused the command). What is
        // not complete stays in the journal, replaying, for next time.
        stop();
        return;
    }
    if (reply.code.kind == Imap::ImapResponseCode::Kind::CopyUid) {
        m_copyUids.append(reply.code); // UID COPY's tagged OK (RFC 4315 section 3)
    }
    if (!m_stopped) {
        then(ok, reply);
    }
}

void ImapJournalReplay::onUntagged(const Imap::ImapResponse &response)
{
    if (m_then.isEmpty()) {
        return;
    }
    if (const auto *status = std::get_if<Imap::ImapStatusResponse>(&response)) {
        if (status->code.kind == Imap::ImapResponseCode::Kind::UidValidity) {
            m_selectUidValidity = quint32(status->code.number);
        } else if (status->code.kind == Imap::ImapResponseCode::Kind::CopyUid) {
            m_copyUids.append(status->code); // UID MOVE sends it untagged (RFC 6851 section 4.3)
        }
    } else if (const auto *search = std::get_if<Imap::ImapSearchResponse>(&response)) {
        m_searchResults += search->numbers;
    } else if (const auto *list = std::get_if<Imap::ImapListResponse>(&response)) {
        if (m_listing && list->specialUse == Imap::ImapSpecialUse::Sent && m_sentFolder.isEmpty()) {
            m_sentFolder = list->mailbox;
        }
    }
}

void ImapJournalReplay::stop()
{
    m_stopped = true;
    if (!m_then.isEmpty() || !m_client) {
        return;
    }
    if (m_ownClient) {
        m_client->logout(); // finished() follows, also when the connection is already gone
    } else {
        QMetaObject::invokeMethod(this, &ImapJournalReplay::end, Qt::QueuedConnection);
    }
}

void ImapJournalReplay::end()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_summary.waiting = int(m_entries.size()) - m_summary.replayed - m_summary.failed;
    if (m_client) {
        m_client->disconnect(this);
        if (m_ownClient) {
            m_client->deleteLater();
            m_client = nullptr;
        }
    }
    m_then.clear();
    const JournalReplaySummary summary = m_summary;
    Q_EMIT finished(summary);
}

void ImapJournalReplay::next()
{
    if (m_stopped) {
        return;
    }
    if (m_index >= m_entries.size()) {
        stop();
        return;
    }
    const Store::JournalEntry first = m_entries.at(m_index);
    Store::OfflineJournal journal(m_database);
    // Takes the entries that go out together: a run of flag changes in one folder, or
    // of appends; any other entry alone.
    QList<Store::JournalEntry> taken;
    do {
        taken.append(m_entries.at(m_index++));
        journal.markReplaying(taken.last().id);
    } while (m_index < m_entries.size()
        && ((first.kind == Store::JournalKind::Append && m_entries.at(m_index).kind == Store::JournalKind::Append)
            || ((first.kind == Store::JournalKind::Flag || first.kind == Store::JournalKind::Unflag)
                && (m_entries.at(m_index).kind == Store::JournalKind::Flag
                    || m_entries.at(m_index).kind == Store::JournalKind::Unflag)
                && m_entries.at(m_index).folderPath == first.folderPath)));

    if (first.kind == Store::JournalKind::Append) {
        replayAppends(taken);
        return;
    }
    if (!isMessageKind(first.kind)) {
        replayFolder(first);
        return;
    }
    QList<Work> works;
    QList<qint64> entryIds;
    for (const Store::JournalEntry &entry : std::as_const(taken)) {
        Work work;
        work.entry = entry;
        work.ids = idsOf(entry.args, QStringLiteral("ids"));
        work.uids = entry.uids;
        // An entry written before "ids" existed (or by hand) names its messages by UID only.
        while (work.ids.size() < work.uids.size()) {
            work.ids.append(0);
        }
        work.uids.resize(work.ids.size());
        works.append(work);
        entryIds.append(entry.id);
    }
    withFolder(first.folderPath, entryIds, [this, works, kind = first.kind] {
        resolve(works, [this, kind](QList<Work> resolved) {
            if (resolved.isEmpty()) {
                next();
            } else if (kind == Store::JournalKind::Flag || kind == Store::JournalKind::Unflag) {
                replayFlags(resolved);
            } else if (kind == Store::JournalKind::Delete) {
                replayDelete(resolved.first());
            } else {
                replayMoveOrCopy(resolved.first());
            }
        });
    });
}

void ImapJournalReplay::withFolder(const QString &path, const QList<qint64> &entryIds, std::function<void()> then)
{
    if (!m_selected.isEmpty() && m_selected == path) {
        then();
        return;
    }
    m_selectUidValidity = 0;
    command([path](Imap::ImapEncoder &encoder) { return encoder.select(path); },
        [this, path, entryIds, then](bool ok, const Imap::ImapStatusResponse &reply) {
            if (ok) {
                m_selected = path;
                m_uidValidity = m_selectUidValidity;
                then();
                return;
            }
            // A failed SELECT leaves no folder selected (RFC 9051 6.3.2).
            m_selected.clear();
            m_uidValidity = 0;
            for (const qint64 id : entryIds) {
                fail(id, refusal(tr("opening %1").arg(path), reply));
            }
            next();
        });
}

void ImapJournalReplay::resolve(QList<Work> works, std::function<void(QList<Work>)> then)
{
    Store::MessageQuery query(m_database);
    for (Work &work : works) {
        const quint32 journaledValidity = quint32(work.entry.args.value(QStringLiteral("uidValidity")).toInteger());
        const bool renumbered = journaledValidity != 0 && m_uidValidity != 0 && journaledValidity != m_uidValidity;
        for (qsizetype i = 0; i < work.ids.size(); ++i) {
            if (renumbered) {
                work.uids[i] = 0; // meaningless now: found again by Message-ID below
            } else if (work.uids.at(i) == 0 && work.ids.at(i) != 0) {
                // A sync may have found the message here since (the row has its UID).
                const Store::Result<std::optional<Store::MessageRecord>> record = query.record(work.ids.at(i));
                if (record.ok() && record.value() && record.value()->folderId == work.entry.folderId
                    && record.value()->uid && record.value()->uidValidity == m_uidValidity) {
                    work.uids[i] = *record.value()->uid;
                }
            }
        }
    }
    searchMessageIds(works, 0, 0, [this, then](QList<Work> searched) {
        Store::OfflineJournal journal(m_database);
        QList<Work> ready;
        for (const Work &work : std::as_const(searched)) {
            if (knownUids(work.uids).isEmpty()) {
                const quint32 journaledValidity
                    = quint32(work.entry.args.value(QStringLiteral("uidValidity")).toInteger());
                const bool renumbered
                    = journaledValidity != 0 && m_uidValidity != 0 && journaledValidity != m_uidValidity;
                fail(work.entry.id,
                    renumbered ? tr("%1 was renumbered on the server (UIDVALIDITY %2, was %3) and its messages "
                                    "could not be found again by their Message-ID.")
                                     .arg(work.entry.folderPath)
                                     .arg(m_uidValidity)
                                     .arg(journaledValidity)
                               : tr("The messages are no longer in %1 on the server.").arg(work.entry.folderPath));
                continue;
            }
            if (work.uids != work.entry.uids) {
                journal.updateUids(work.entry.id, work.uids);
            }
            ready.append(work);
        }
        then(ready);
    });
}

void ImapJournalReplay::searchMessageIds(
    QList<Work> works, int work, int message, std::function<void(QList<Work>)> then)
{
    // The next message with no UID and a Message-ID to look for; one search at a time,
    // because an untagged SEARCH does not say which command it answers.
    for (; work < works.size(); ++work, message = 0) {
        const QJsonArray messageIds = works.at(work).entry.args.value(QStringLiteral("messageIds")).toArray();
        for (; message < works.at(work).uids.size(); ++message) {
            if (works.at(work).uids.at(message) == 0 && !messageIds.at(message).toString().isEmpty()) {
                break;
            }
        }
        if (message < works.at(work).uids.size()) {
            break;
        }
    }
    if (work >= works.size()) {
        then(works);
        return;
    }
    const QString messageId
        = works.at(work).entry.args.value(QStringLiteral("messageIds")).toArray().at(message).toString();
    m_searchResults.clear();
    command(
        [messageId](Imap::ImapEncoder &encoder) {
            return encoder.uidSearch({Imap::ImapSearchToken::atom("HEADER"),
                Imap::ImapSearchToken::string(QStringLiteral("Message-ID")), Imap::ImapSearchToken::string(messageId)});
        },
        [this, works, work, message, then](bool ok, const Imap::ImapStatusResponse &) mutable {
            if (ok && !m_searchResults.isEmpty()) {
                works[work].uids[message] = *std::max_element(m_searchResults.cbegin(), m_searchResults.cend());
            }
            // Not found: stays 0 (searched once: the loop goes on after it).
            searchMessageIds(works, work, message + 1, then);
        });
}

void ImapJournalReplay::perSet(const QList<quint32> &uids, SetCommand make, Refused done)
{
    const QList<Imap::ImapSequenceSet> sets = Imap::ImapSequenceSet::split(knownUids(uids), s_maxSetLength);
    auto parts = std::make_shared<qsizetype>(sets.size());
    auto refusedWith = std::make_shared<std::optional<Imap::ImapStatusResponse>>();
    for (const Imap::ImapSequenceSet &set : sets) {
        command([make, set](Imap::ImapEncoder &encoder) { return make(encoder, set); },
            [parts, refusedWith, done](bool ok, const Imap::ImapStatusResponse &reply) {
                if (!ok && !*refusedWith) {
                    *refusedWith = reply;
                }
                if (--*parts == 0) {
                    done(*refusedWith);
                }
            });
    }
}

void ImapJournalReplay::replayFlags(QList<Work> works)
{
    auto remaining = std::make_shared<qsizetype>(works.size());
    for (const Work &work : std::as_const(works)) {
        const QList<QByteArray> flags = flagsOf(work.entry.args);
        const Imap::ImapStoreMode mode
            = work.entry.kind == Store::JournalKind::Flag ? Imap::ImapStoreMode::Add : Imap::ImapStoreMode::Remove;
        perSet(
            work.uids,
            [mode, flags](Imap::ImapEncoder &encoder, const Imap::ImapSequenceSet &set) {
                return encoder.uidStore(set, mode, flags, true);
            },
            [this, work, remaining](const std::optional<Imap::ImapStatusResponse> &refused) {
                if (refused) {
                    fail(work.entry.id, refusal(tr("the flag change in %1").arg(work.entry.folderPath), *refused));
                } else {
                    succeed(work.entry.id);
                }
                if (--*remaining == 0) {
                    next();
                }
            });
    }
}

void ImapJournalReplay::replayMoveOrCopy(Work work)
{
    const bool move = work.entry.kind == Store::JournalKind::Move;
    const QString target = work.entry.args.value(QStringLiteral("target")).toString();
    const bool byMove = move && m_hasMove;
    m_copyUids.clear();
    perSet(
        work.uids,
        [target, byMove](Imap::ImapEncoder &encoder, const Imap::ImapSequenceSet &set) {
            return byMove ? encoder.uidMove(set, target) : encoder.uidCopy(set, target);
        },
        [this, work, target, move, byMove](const std::optional<Imap::ImapStatusResponse> &refused) {
            if (refused && refused->code.kind == Imap::ImapResponseCode::Kind::TryCreate && !work.createdTarget) {
                // The folder exists here but not (yet) there: make it, then once more.
                command([target](Imap::ImapEncoder &encoder) { return encoder.create(target); },
                    [this, work](bool, const Imap::ImapStatusResponse &) mutable {
                        work.createdTarget = true;
                        replayMoveOrCopy(work);
                    });
                return;
            }
            if (refused) {
                fail(work.entry.id,
                    refusal(move ? tr("moving messages from %1 to %2").arg(work.entry.folderPath, target)
                                 : tr("copying messages from %1 to %2").arg(work.entry.folderPath, target),
                        *refused));
                next();
                return;
            }
            // The UIDs are recorded as soon as the copy exists, so a failure of the rest
            // of a fallback move (RFC 6851 section 3.3) cannot lose them.
            recordCopyUids(work, m_copyUids);
            if (move && !byMove) {
                markDeleted(work, tr("removing the moved messages from %1").arg(work.entry.folderPath));
                return;
            }
            succeed(work.entry.id);
            next();
        });
}

void ImapJournalReplay::replayDelete(const Work &work)
{
    markDeleted(work, tr("deleting messages in %1").arg(work.entry.folderPath));
}

void ImapJournalReplay::markDeleted(const Work &work, const QString &what)
{
    perSet(
        work.uids,
        [](Imap::ImapEncoder &encoder, const Imap::ImapSequenceSet &set) {
            return encoder.uidStore(set, Imap::ImapStoreMode::Add, {QByteArray(Imap::ImapFlag::deleted)}, true);
        },
        [this, work, what](const std::optional<Imap::ImapStatusResponse> &refused) {
            if (refused) {
                fail(work.entry.id, refusal(what, *refused));
                next();
            } else if (!m_hasUidPlus) {
                // No UID EXPUNGE: the messages keep \Deleted. A plain EXPUNGE would also
                // remove what other clients marked \Deleted and did not mean to expunge yet.
                succeed(work.entry.id);
                next();
            } else {
                expunge(work, what);
            }
        });
}

void ImapJournalReplay::expunge(const Work &work, const QString &what)
{
    perSet(
        work.uids, [](Imap::ImapEncoder &encoder, const Imap::ImapSequenceSet &set) { return encoder.uidExpunge(set); },
        [this, work, what](const std::optional<Imap::ImapStatusResponse> &refused) {
            if (refused) {
                fail(work.entry.id, refusal(what, *refused));
            } else {
                succeed(work.entry.id);
            }
            next();
        });
}

void ImapJournalReplay::replayFolder(const Store::JournalEntry &entry)
{
    const QString path = entry.folderPath;
    // Replayed again after a drop, the server may have done it already.
    const bool again = entry.state == Store::JournalState::Replaying;
    switch (entry.kind) {
    case Store::JournalKind::CreateFolder:
        command([path](Imap::ImapEncoder &encoder) { return encoder.create(path); },
            [this, entry, path](bool ok, const Imap::ImapStatusResponse &reply) {
                if (ok || hasCode(reply, "ALREADYEXISTS")) { // RFC 5530: what was wanted is there
                    succeed(entry.id);
                } else {
                    fail(entry.id, refusal(tr("creating the folder %1").arg(path), reply));
                }
                next();
            });
        return;
    case Store::JournalKind::RenameFolder: {
        const QString newPath = entry.args.value(QStringLiteral("newPath")).toString();
        command([path, newPath](Imap::ImapEncoder &encoder) { return encoder.rename(path, newPath); },
            [this, entry, path, newPath, again](bool ok, const Imap::ImapStatusResponse &reply) {
                if (m_selected == path) {
                    m_selected.clear();
                }
                if (ok || (again && hasCode(reply, "NONEXISTENT"))) {
                    succeed(entry.id);
                } else {
                    fail(entry.id, refusal(tr("renaming the folder %1 to %2").arg(path, newPath), reply));
                }
                next();
            });
        return;
    }
    case Store::JournalKind::DeleteFolder:
        command([path](Imap::ImapEncoder &encoder) { return encoder.deleteMailbox(path); },
            [this, entry, path](bool ok, const Imap::ImapStatusResponse &reply) {
                if (m_selected == path) {
                    m_selected.clear();
                }
                if (ok || hasCode(reply, "NONEXISTENT")) {
                    succeed(entry.id);
                } else {
                    fail(entry.id, refusal(tr("deleting the folder %1").arg(path), reply));
                }
                next();
            });
        return;
    default:
        fail(entry.id, tr("This change cannot be replayed on the server."));
        next();
        return;
    }
}

void ImapJournalReplay::replayAppends(QList<Store::JournalEntry> entries)
{
    auto remaining = std::make_shared<qsizetype>(entries.size());
    auto done = [this, remaining] {
        if (--*remaining == 0) {
            next();
        }
    };
    for (const Store::JournalEntry &entry : std::as_const(entries)) {
        const Store::Result<QByteArray> bytes = m_database.blobs().read(entry.blobKey);
        if (!bytes.ok()) {
            fail(entry.id, bytes.message());
            done();
            continue;
        }
        append(entry, bytes.value(), false, done);
    }
}

void ImapJournalReplay::append(
    const Store::JournalEntry &entry, const QByteArray &message, bool afterCreate, std::function<void()> done)
{
    const bool sentCopy = entry.args.value(QStringLiteral("role")).toString() == QLatin1String("sent");
    const QString folder = sentCopy && !m_sentFolder.isEmpty()
        ? m_sentFolder
        : (entry.folderPath.isEmpty() ? QStringLiteral("Sent") : entry.folderPath);
    QList<QByteArray> flags = flagsOf(entry.args);
    if (flags.isEmpty() && sentCopy) {
        flags.append(QByteArray(Imap::ImapFlag::seen)); // one's own sent mail is read
    }
    command([folder, flags, message](
                Imap::ImapEncoder &encoder) { return encoder.append(folder, flags, std::nullopt, message); },
        [this, entry, message, folder, afterCreate, done](bool ok, const Imap::ImapStatusResponse &reply) {
            if (ok) {
                succeed(entry.id);
            } else if (reply.code.kind == Imap::ImapResponseCode::Kind::TryCreate && !afterCreate) {
                // CREATE may fail because the folder exists by now: the APPEND tells.
                command([folder](Imap::ImapEncoder &encoder) { return encoder.create(folder); },
                    [this, entry, message, done](
                        bool, const Imap::ImapStatusResponse &) { append(entry, message, true, done); });
                return;
            } else {
                fail(entry.id,
                    tr("%1 refused the copy for %2: %3").arg(serverName(), folder, QString::fromUtf8(reply.text)));
            }
            done();
        });
}

void ImapJournalReplay::recordCopyUids(const Work &work, const QList<Imap::ImapResponseCode> &codes)
{
    QHash<quint32, quint32> newUid; // source UID → UID in the target
    for (const Imap::ImapResponseCode &code : codes) {
        const std::optional<QList<quint32>> from = code.sourceUids.toNumbers(0xffffffffu, s_maxCopyUids);
        const std::optional<QList<quint32>> to = code.uids.toNumbers(0xffffffffu, s_maxCopyUids);
        if (!from || !to || from->size() != to->size()) {
            continue; // malformed: the sync finds the messages instead
        }
        // RFC 4315 section 3: the n-th source UID became the n-th destination UID.
        for (qsizetype i = 0; i < from->size(); ++i) {
            newUid.insert(from->at(i), to->at(i));
        }
    }
    if (newUid.isEmpty()) {
        return;
    }
    const QString target = work.entry.args.value(QStringLiteral("target")).toString();
    const qint64 targetFolderId = work.entry.args.value(QStringLiteral("targetFolderId")).toInteger();
    const QList<qint64> rows
        = work.entry.kind == Store::JournalKind::Move ? work.ids : idsOf(work.entry.args, QStringLiteral("copyIds"));
    Store::Transaction transaction(m_database);
    Store::MessageQuery query(m_database);
    Store::MessageStore messages(m_database);
    Store::OfflineJournal journal(m_database);
    for (qsizetype i = 0; i < work.uids.size() && i < rows.size(); ++i) {
        const quint32 uid = newUid.value(work.uids.at(i));
        const qint64 row = rows.at(i);
        if (uid == 0 || row == 0) {
            continue;
        }
        // The row is still where the move put it, waiting for its UID (it may have moved on).
        const Store::Result<std::optional<Store::MessageRecord>> record = query.record(row);
        if (record.ok() && record.value() && record.value()->folderId == targetFolderId && !record.value()->uid) {
            messages.assignUid(row, uid);
        }
        // Later changes to the same message in the target learn its UID (journal order).
        for (qsizetype k = m_index; k < m_entries.size(); ++k) {
            Store::JournalEntry &later = m_entries[k];
            if (!isMessageKind(later.kind) || later.folderPath != target) {
                continue;
            }
            const qsizetype at = idsOf(later.args, QStringLiteral("ids")).indexOf(row);
            if (at >= 0 && at < later.uids.size() && later.uids.at(at) == 0) {
                later.uids[at] = uid;
                journal.updateUids(later.id, later.uids);
            }
        }
    }
    transaction.commit();
}

void ImapJournalReplay::succeed(qint64 entryId)
{
    if (Store::Status status = Store::OfflineJournal(m_database).complete(entryId); !status.ok()) {
        m_summary.problems.append(status.message());
    }
    ++m_summary.replayed;
}

void ImapJournalReplay::fail(qint64 entryId, const QString &problem)
{
    Store::OfflineJournal(m_database).markFailed(entryId, problem);
    m_summary.problems.append(problem);
    ++m_summary.failed;
}

QString ImapJournalReplay::serverName() const
{
    return m_settings ? m_settings->endpoint.toString() : tr("The IMAP server");
}

QString ImapJournalReplay::refusal(const QString &what, const Imap::ImapStatusResponse &reply) const
{
    return tr("%1 refused %2: %3").arg(serverName(), what, QString::fromUtf8(reply.text));
}

} // namespace Letterbox::Services
