-- Letterbox cache schema, version 2: the correspondents for address completion.
--
-- Every address seen in a cached message's From, To or Cc, once, with how many messages
-- named it and when the last one arrived: the composer completes from here, most used
-- first. The messages table keeps To and Cc only as display summaries, so completing
-- from it would mean splitting every summary of the account at each keystroke (seconds
-- at 1,000,000 messages); this table is kept up to date by MessageStore's insert, three
-- statements per batch over its distinct addresses. Counts only grow: a deleted message does not
-- make its sender less known, and a copy between folders is not counted again.
-- AddressIndex::rebuild() fills both tables from the messages (run right after this
-- script, in its transaction, for caches made before version 2).

CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    address_key TEXT NOT NULL UNIQUE,          -- the address, case folded: one row per mailbox
    address TEXT NOT NULL,                     -- as last seen
    name TEXT NOT NULL DEFAULT '',             -- the latest display name seen, '' for none
    uses INTEGER NOT NULL DEFAULT 0,           -- messages that named it
    last_seen INTEGER NOT NULL DEFAULT 0       -- ms since the epoch of the latest of them
);
-- What is typed is matched as a prefix of one of these search keys, by a range scan of the
-- primary key: the address, its domain, the whole name and each word of it, all case
-- folded without diacritics ("mül" finds "Jürgen Müller"). A name that changes adds its
-- keys; the old ones still lead to the same person.
CREATE TABLE address_keys (
    key TEXT NOT NULL,
    address_id INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
    PRIMARY KEY (key, address_id)
) WITHOUT ROWID;
CREATE INDEX address_keys_by_address ON address_keys(address_id);
-- The order of an empty prefix: most used, then most recent.
CREATE INDEX addresses_by_rank ON addresses(uses, last_seen);
