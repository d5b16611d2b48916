-- Letterbox cache schema, version 1 (docs: ../../shared/DESIGN.md "Data on disk").
-- One cache per account. Applied by Database in one transaction together with
-- PRAGMA user_version = 1; never edit a released migration: add 002_*.sql instead.
--
-- Conventions: dates are INTEGER milliseconds since the epoch (UTC), 0 when unknown, so
-- keyset comparisons never meet NULL; text used for sorting is never NULL; booleans are
-- 0/1; blob keys name files under blobs/ that BlobStore made (never a server string).

PRAGMA application_id = 1279416408; -- 'LBXX': refuse SQLite files that are not our caches

CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,                 -- server name (decoded), or the local name
    delimiter TEXT NOT NULL DEFAULT '',        -- hierarchy delimiter; '' for a flat namespace
    role INTEGER NOT NULL DEFAULT 0,           -- SpecialUse (RFC 6154), 0 = none
    uidvalidity INTEGER NOT NULL DEFAULT 0,
    uidnext INTEGER NOT NULL DEFAULT 0,        -- IMAP: server's UIDNEXT; local folders: next local UID
    highestmodseq INTEGER NOT NULL DEFAULT 0,  -- RFC 7162
    subscribed INTEGER NOT NULL DEFAULT 1,
    local_only INTEGER NOT NULL DEFAULT 0,     -- POP3 accounts' folders: no server copy exists
    -- Kept in the same transaction as the rows they count, so the folder tree reads them
    -- with one look-up instead of counting 100,000 rows: deletes and updates by the
    -- triggers below, inserts by MessageStore once per batch (a per-row insert trigger
    -- would cost a sub-program run and a statement journal for every message).
    -- IntegrityCheck recounts them.
    total_count INTEGER NOT NULL DEFAULT 0,
    unread_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    uidvalidity INTEGER NOT NULL DEFAULT 0,
    uid INTEGER,                               -- NULL while a local move awaits the server's UID
    uidl BLOB,                                 -- POP3 UIDL, exact bytes; never a file name
    modseq INTEGER NOT NULL DEFAULT 0,
    flags INTEGER NOT NULL DEFAULT 0,          -- MessageFlag bits: 1 seen, 2 answered, 4 flagged, 8 deleted, 16 draft
    keywords TEXT NOT NULL DEFAULT '',         -- other IMAP keywords, space separated
    unread INTEGER GENERATED ALWAYS AS ((flags & 1) = 0) VIRTUAL,
    internal_date INTEGER NOT NULL DEFAULT 0,
    sent_date INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL DEFAULT 0,
    from_name TEXT NOT NULL DEFAULT '',
    from_address TEXT NOT NULL DEFAULT '',
    sort_from TEXT NOT NULL DEFAULT '',        -- case-folded display name, else address
    to_summary TEXT NOT NULL DEFAULT '',
    cc_summary TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    subject_key TEXT NOT NULL DEFAULT '',      -- case-folded subject without Re:/Fwd:/[list] prefixes
    message_id TEXT NOT NULL DEFAULT '',
    in_reply_to TEXT NOT NULL DEFAULT '',
    reference_ids TEXT NOT NULL DEFAULT '',    -- References, space separated, oldest first
    thread_id INTEGER NOT NULL DEFAULT 0,      -- ThreadIndex; no table of threads: a thread is its messages
    snippet TEXT NOT NULL DEFAULT '',
    has_attachments INTEGER NOT NULL DEFAULT 0,
    body_state INTEGER NOT NULL DEFAULT 0,     -- BodyState: 0 none, 1 partial, 2 full, 3 evicted, 4 missing
    blob_key TEXT,
    blob_size INTEGER NOT NULL DEFAULT 0,
    last_access INTEGER NOT NULL DEFAULT 0
);

-- Identity: cached data is keyed by (folder, UIDVALIDITY, UID) (RFC 4549); NULL UIDs are distinct.
CREATE UNIQUE INDEX messages_by_uid ON messages(folder_id, uidvalidity, uid);
CREATE UNIQUE INDEX messages_by_uidl ON messages(folder_id, uidl) WHERE uidl IS NOT NULL;
-- The message list's sort orders. Each ends, implicitly, in the rowid, which is the keyset
-- tie-breaker, so "WHERE folder_id = ? AND (key, id) < (?, ?) ORDER BY key DESC, id DESC
-- LIMIT n" walks the index and reads n rows whatever the folder's size.
CREATE INDEX messages_by_date ON messages(folder_id, internal_date);
CREATE INDEX messages_by_from ON messages(folder_id, sort_from, internal_date);
CREATE INDEX messages_by_subject ON messages(folder_id, subject_key, internal_date);
CREATE INDEX messages_by_size ON messages(folder_id, size);
CREATE INDEX messages_by_unread ON messages(folder_id, unread, internal_date);
CREATE INDEX messages_by_thread ON messages(thread_id);

-- Every Message-ID seen, as a message's own or in References / In-Reply-To, mapped to its
-- thread: one primary-key look-up per key makes threading O(log n) per insert, and a parent
-- that arrives after its replies finds the thread they already opened.
CREATE TABLE message_ids (
    message_id TEXT PRIMARY KEY,
    thread_id INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX message_ids_by_thread ON message_ids(thread_id);

CREATE TRIGGER messages_count_delete AFTER DELETE ON messages BEGIN
    UPDATE folders SET total_count = total_count - 1, unread_count = unread_count - old.unread
        WHERE id = old.folder_id;
END;
CREATE TRIGGER messages_count_update AFTER UPDATE OF flags, folder_id ON messages
    WHEN old.folder_id != new.folder_id OR old.unread != new.unread BEGIN
    UPDATE folders SET total_count = total_count - 1, unread_count = unread_count - old.unread
        WHERE id = old.folder_id;
    UPDATE folders SET total_count = total_count + 1, unread_count = unread_count + new.unread
        WHERE id = new.folder_id;
END;

-- Full-text search over subject, addresses and body text.
--
-- The index is external-content, over the view message_text, rather than contentless:
--  * an FTS5 'delete' must be given exactly the values that were indexed, which a
--    contentless table cannot recall (contentless_delete needs SQLite 3.43; Debian 12 has
--    3.40); the view recomputes them from the row itself;
--  * subject and addresses are already columns of messages, so they are not stored twice;
--    only the body text, which exists nowhere else (the store does not parse MIME, and
--    blobs may be evicted or never fetched, yet search must work offline), has a table;
--  * 'rebuild' can regenerate the index from the view if it is ever damaged, and
--    IntegrityCheck compares the two.
-- Keeping the index in step: a deleted message takes its terms out through the trigger
-- below (BEFORE, while the row and its body are still there to read); a body fetched later
-- is re-indexed by BodyCache; the other columns of the view never change after insert.
-- Inserts are indexed by MessageStore itself, one statement per batch after all its other
-- writes: in SQLite 3.40 FTS5 writes its pending terms to disk at every statement
-- savepoint, and a per-row insert trigger opens one for every message (measured: five
-- times slower, one tiny segment per message).
CREATE TABLE message_bodies (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    body TEXT NOT NULL DEFAULT ''
);
CREATE VIEW message_text(message_id, subject, addresses, body) AS
    SELECT m.id, m.subject, m.from_name || ' ' || m.from_address || ' ' || m.to_summary || ' ' || m.cc_summary,
           coalesce(b.body, '')
    FROM messages m LEFT JOIN message_bodies b ON b.message_id = m.id;
CREATE VIRTUAL TABLE message_fts USING fts5(
    subject, addresses, body,
    content = 'message_text', content_rowid = 'message_id',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- A hit in the subject weighs more than one in the addresses, which weighs more than the body.
INSERT INTO message_fts(message_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)');
CREATE TRIGGER messages_fts_delete BEFORE DELETE ON messages BEGIN
    INSERT INTO message_fts(message_fts, rowid, subject, addresses, body)
        SELECT 'delete', message_id, subject, addresses, body FROM message_text WHERE message_id = old.id;
END;

-- Messages waiting for SMTP submission. A row leaves only after the server's final 250
-- (DESIGN.md principle 3); 'maybe-sent' is a send whose final reply never arrived, which is
-- not retried without the person's say.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    blob_key TEXT NOT NULL,
    envelope_from TEXT NOT NULL,
    recipients TEXT NOT NULL,                  -- JSON array of addresses
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'failed', 'maybe-sent', 'sent')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL
);
CREATE INDEX outbox_by_due ON outbox(state, next_attempt);

-- Local changes not yet on the server (RFC 4549 section 3), replayed in seq order.
-- folder_path is the server name at the time of the change: a later local rename must not
-- redirect an earlier operation that replays before the rename does.
CREATE TABLE pending_operations (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('flag', 'unflag', 'move', 'copy', 'delete',
                                       'create-folder', 'rename-folder', 'delete-folder', 'append')),
    folder_id INTEGER,
    folder_path TEXT NOT NULL DEFAULT '',
    uids TEXT NOT NULL DEFAULT '[]',           -- JSON array
    args TEXT NOT NULL DEFAULT '{}',           -- JSON object, meaning depends on kind
    blob_key TEXT,                             -- 'append': the message to upload
    created INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'replaying', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);

-- POP3 seen UIDLs (RFC 1939 section 7): what the retention policy reads. 'stored' is set
-- only in the durable transaction that commits the message row, so DELE may rely on it.
CREATE TABLE pop3ledger (
    uidl BLOB PRIMARY KEY,
    first_seen INTEGER NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0,
    deleted_on_server INTEGER NOT NULL DEFAULT 0,
    message_id TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
