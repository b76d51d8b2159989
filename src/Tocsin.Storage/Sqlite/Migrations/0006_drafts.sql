-- Ingest drafts awaiting review. The drafted STIX objects are in the 'drafts' collection; these
-- tables hold the text, the bundle as drafted and the review state of each item.
CREATE TABLE drafts (
    id                     TEXT    NOT NULL PRIMARY KEY,   -- UUID
    created_by             TEXT    NOT NULL,               -- principal id (kept if the principal is removed)
    created_at             INTEGER NOT NULL,               -- microseconds since the Unix epoch
    source                 TEXT    NOT NULL,
    published              INTEGER NULL,                   -- microseconds since the Unix epoch
    language               TEXT    NOT NULL,
    text                   TEXT    NOT NULL,
    report_id              TEXT    NOT NULL,
    report_accepted_version TEXT   NULL,
    bundle                 BLOB    NOT NULL
);

CREATE INDEX drafts_created ON drafts (created_at);

CREATE TABLE draft_items (
    draft_id           TEXT    NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    item_id            TEXT    NOT NULL,                   -- STIX id
    field              TEXT    NOT NULL,
    type               TEXT    NOT NULL,
    label              TEXT    NOT NULL,
    confidence         INTEGER NOT NULL,
    spans              TEXT    NOT NULL,                   -- "start-end start-end ..."
    existing           INTEGER NOT NULL,                   -- 1: refers to an object already in the store
    status             TEXT    NOT NULL,                   -- pending, accepted, dropped
    accepted_object_id TEXT    NULL,
    accepted_version   TEXT    NULL,
    decided_by         TEXT    NULL,
    decided_at         INTEGER NULL,
    PRIMARY KEY (draft_id, item_id)
);
