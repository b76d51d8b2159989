-- Ingest drafts awaiting review. The drafted STIX objects are in the 'drafts' collection; these
-- tables hold the text, the bundle as drafted and the review state of each item.
CREATE TABLE drafts (
    id                     text COLLATE "C" NOT NULL PRIMARY KEY,   -- UUID
    created_by             text COLLATE "C" NOT NULL,   -- principal id (kept if the principal is removed)
    created_at             bigint  NOT NULL,               -- microseconds since the Unix epoch
    source                 text COLLATE "C" NOT NULL,
    published              bigint  NULL,                   -- microseconds since the Unix epoch
    language               text COLLATE "C" NOT NULL,
    text                   text COLLATE "C" NOT NULL,
    report_id              text COLLATE "C" NOT NULL,
    report_accepted_version text COLLATE "C" NULL,
    bundle                 bytea   NOT NULL
);

CREATE INDEX drafts_created ON drafts (created_at);

CREATE TABLE draft_items (
    draft_id           text COLLATE "C" NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    position           bigint  NOT NULL,
    item_id            text COLLATE "C" NOT NULL,       -- STIX id
    field              text COLLATE "C" NOT NULL,
    type               text COLLATE "C" NOT NULL,
    label              text COLLATE "C" NOT NULL,
    confidence         bigint  NOT NULL,
    spans              text COLLATE "C" NOT NULL,       -- "start-end start-end ..."
    existing           bigint  NOT NULL,                   -- 1: refers to an object already in the store
    status             text COLLATE "C" NOT NULL,       -- pending, accepted, dropped
    accepted_object_id text COLLATE "C" NULL,
    accepted_version   text COLLATE "C" NULL,
    decided_by         text COLLATE "C" NULL,
    decided_at         bigint  NULL,
    PRIMARY KEY (draft_id, item_id)
);
