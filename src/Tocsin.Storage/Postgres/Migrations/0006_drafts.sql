-- Ingest drafts awaiting review. The drafted STIX objects are in the 'drafts' collection; these
-- tables hold the text, the bundle as drafted and the review state of each item.
CREATE TABLE drafts (
    id                     text    NOT NULL PRIMARY KEY,   -- UUID
    created_by             text    NOT NULL,               -- principal id (kept if the principal is removed)
    created_at             bigint  NOT NULL,               -- microseconds since the Unix epoch
    source                 text    NOT NULL,
    published              bigint  NULL,                   -- microseconds since the Unix epoch
    language               text    NOT NULL,
    text                   text    NOT NULL,
    report_id              text    NOT NULL,
    report_accepted_version text   NULL,
    bundle                 bytea   NOT NULL
);

CREATE INDEX drafts_created ON drafts (created_at);

CREATE TABLE draft_items (
    draft_id           text    NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    position           bigint  NOT NULL,
    item_id            text    NOT NULL,                   -- STIX id
    field              text    NOT NULL,
    type               text    NOT NULL,
    label              text    NOT NULL,
    confidence         bigint  NOT NULL,
    spans              text    NOT NULL,                   -- "start-end start-end ..."
    existing           bigint  NOT NULL,                   -- 1: refers to an object already in the store
    status             text    NOT NULL,                   -- pending, accepted, dropped
    accepted_object_id text    NULL,
    accepted_version   text    NULL,
    decided_by         text    NULL,
    decided_at         bigint  NULL,
    PRIMARY KEY (draft_id, item_id)
);
