-- Tocsin SQLite schema, version 1.
-- Times are INTEGER microseconds since the Unix epoch (UTC). UUIDs are lower-case "D" text.

-- Every object version ever stored, exact bytes, keyed by (id, version_key) (DESIGN "STIX versions").
CREATE TABLE objects (
    row_id        INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL,
    version_key   TEXT    NOT NULL,  -- StixObject.VersionKey: instant key of modified/created, or sha256:<hash>
    type          TEXT    NOT NULL,
    spec_version  TEXT    NOT NULL,  -- as received, or the STIX 2.1 implied value (2.0; 2.1 for SCOs)
    version_text  TEXT    NULL,      -- modified/created exactly as received; NULL when keyed by hash
    version_ticks INTEGER NULL,      -- the version instant in .NET ticks (UTC) for comparisons; NULL when keyed by hash
    content_hash  BLOB    NOT NULL,  -- SHA-256 of the RFC 8785 canonical form
    json          BLOB    NOT NULL,
    stored_at     INTEGER NOT NULL,
    UNIQUE (id, version_key)
);

CREATE TABLE collections (
    row_id      INTEGER PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,
    alias       TEXT    NOT NULL UNIQUE,
    title       TEXT    NULL,
    description TEXT    NULL,
    created_at  INTEGER NOT NULL
);

-- Which versions are visible in which collection, and since when (DESIGN "date_added").
-- Partner views will be further index rows of this kind, never copies of objects.
CREATE TABLE collection_objects (
    collection_row INTEGER NOT NULL REFERENCES collections (row_id),
    object_row     INTEGER NOT NULL REFERENCES objects (row_id),
    date_added     INTEGER NOT NULL,
    deleted_at     INTEGER NULL,      -- tombstone: no longer served, kept for history
    PRIMARY KEY (object_row, collection_row),  -- by version first: serves history and first/last peers
    UNIQUE (collection_row, date_added)        -- serves paging
) WITHOUT ROWID;

-- A principal is a person (kind 'user') or a partner service (kind 'partner'); partner
-- attributes (country, clearance, releasability) will live in a table of their own.
CREATE TABLE principals (
    id            TEXT    NOT NULL PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,
    kind          TEXT    NOT NULL CHECK (kind IN ('user', 'partner')),
    password_hash TEXT    NULL,
    created_at    INTEGER NOT NULL
);

CREATE TABLE principal_roles (
    principal_id TEXT NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    role         TEXT NOT NULL,
    PRIMARY KEY (principal_id, role)
) WITHOUT ROWID;

CREATE TABLE api_keys (
    key_id       TEXT    NOT NULL PRIMARY KEY,
    principal_id TEXT    NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    key_hash     BLOB    NOT NULL,  -- SHA-256 of the whole presented key
    label        TEXT    NULL,
    created_at   INTEGER NOT NULL,
    revoked_at   INTEGER NULL
);

CREATE INDEX api_keys_by_principal ON api_keys (principal_id);

CREATE TABLE collection_grants (
    collection_row INTEGER NOT NULL REFERENCES collections (row_id) ON DELETE CASCADE,
    principal_id   TEXT    NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    rights         INTEGER NOT NULL,
    PRIMARY KEY (collection_row, principal_id)
) WITHOUT ROWID;

CREATE INDEX collection_grants_by_principal ON collection_grants (principal_id);
