-- TAXII 2.1 status resources (§4.3): what became of each object of one POST, readable by its poster
-- until expires_at. Times are INTEGER microseconds since the Unix epoch.
CREATE TABLE taxii_statuses (
    id                TEXT    NOT NULL PRIMARY KEY,
    owner_id          TEXT    NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    request_timestamp INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    status            TEXT    NOT NULL,   -- complete or pending
    total_count       INTEGER NOT NULL,
    success_count     INTEGER NOT NULL,
    failure_count     INTEGER NOT NULL,
    pending_count     INTEGER NOT NULL,
    details           BLOB    NOT NULL    -- JSON: {"successes":[...],"failures":[...],"pendings":[...]}
);

CREATE INDEX taxii_statuses_expiry ON taxii_statuses (expires_at);
