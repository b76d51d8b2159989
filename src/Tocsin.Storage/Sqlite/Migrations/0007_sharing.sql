-- Sharing with partner services (docs/sharing.md). Times are INTEGER microseconds since the Unix epoch.

-- Organisation-wide policy inputs: one row.
CREATE TABLE sharing_settings (
    singleton        INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
    organisation_ids TEXT    NOT NULL,  -- space-separated identity ids
    default_tlp      TEXT    NOT NULL,  -- clear, green, amber, amber+strict, red
    groups_json      TEXT    NULL,      -- {"FVEY":["AUS",...]}; NULL: the built-in table
    revision         INTEGER NOT NULL
);

-- The sharing profile of each partner principal.
CREATE TABLE partner_profiles (
    principal_id  TEXT    NOT NULL PRIMARY KEY REFERENCES principals (id) ON DELETE CASCADE,
    country       TEXT    NOT NULL,
    ceiling       TEXT    NOT NULL,
    releasability TEXT    NOT NULL,  -- space-separated REL TO codes
    recipients    TEXT    NOT NULL,  -- space-separated named-recipient lists
    revision      INTEGER NOT NULL   -- bumped on every change: a view computed before is stale
);

-- Partner views: which versions of a collection a partner may receive, and since when (DESIGN "date_added").
-- Index rows over the store, never copies of objects.
CREATE TABLE partner_views (
    partner_id     TEXT    NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    collection_row INTEGER NOT NULL REFERENCES collections (row_id) ON DELETE CASCADE,
    object_row     INTEGER NOT NULL REFERENCES objects (row_id),
    date_added     INTEGER NOT NULL,
    PRIMARY KEY (partner_id, collection_row, object_row),  -- serves first/last peers
    UNIQUE (partner_id, collection_row, date_added)        -- serves paging
) WITHOUT ROWID;

-- Per view: the last date_added issued (kept when rows leave, so stamps only grow) and what the view was
-- computed from (collection, markings, profile and settings), to tell when it is stale.
CREATE TABLE partner_view_state (
    partner_id      TEXT    NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    collection_row  INTEGER NOT NULL REFERENCES collections (row_id) ON DELETE CASCADE,
    last_date_added INTEGER NOT NULL,
    source_mark     TEXT    NOT NULL,
    PRIMARY KEY (partner_id, collection_row)
) WITHOUT ROWID;

-- Every object version served to a partner. No foreign key: the log outlives the partner.
CREATE TABLE share_log (
    row_id      INTEGER PRIMARY KEY,
    partner_id  TEXT    NOT NULL,
    object_id   TEXT    NOT NULL,
    version_key TEXT    NOT NULL,
    shared_at   INTEGER NOT NULL
);

CREATE INDEX share_log_by_partner ON share_log (partner_id, shared_at);
