-- TAXII 2.1 status resources (§4.3): what became of each object of one POST, readable by its poster
-- until expires_at. Times are bigint microseconds since the Unix epoch.
CREATE TABLE taxii_statuses (
    id                text COLLATE "C" NOT NULL PRIMARY KEY,
    owner_id          text COLLATE "C" NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    request_timestamp bigint  NOT NULL,
    expires_at        bigint  NOT NULL,
    status            text COLLATE "C" NOT NULL,   -- complete or pending
    total_count       bigint  NOT NULL,
    success_count     bigint  NOT NULL,
    failure_count     bigint  NOT NULL,
    pending_count     bigint  NOT NULL,
    details           bytea   NOT NULL    -- JSON: {"successes":[...],"failures":[...],"pendings":[...]}
);

CREATE INDEX taxii_statuses_expiry ON taxii_statuses (expires_at);
