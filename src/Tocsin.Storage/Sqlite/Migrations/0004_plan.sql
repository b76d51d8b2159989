-- Alert-plan decisions and every state change. Times are microseconds since the Unix epoch (UTC).
CREATE TABLE decisions (
    id            TEXT    NOT NULL PRIMARY KEY,   -- UUID text
    scheme_id     TEXT    NOT NULL,
    level_key     TEXT    NOT NULL,
    territory_ids TEXT    NOT NULL,               -- space-separated territory ids
    effective_at  INTEGER NOT NULL,
    review_by     INTEGER NULL,
    expires_at    INTEGER NULL,
    authority     TEXT    NOT NULL,
    rationale     TEXT    NOT NULL,
    supersedes    TEXT    NOT NULL,               -- space-separated decision ids
    evidence      TEXT    NOT NULL,               -- JSON array of {"stix_id", "grade"}
    is_exercise   INTEGER NOT NULL,
    status        TEXT    NOT NULL,               -- Proposed, Approved, Rejected, Cancelled
    proposed_by   TEXT    NOT NULL,
    proposed_at   INTEGER NOT NULL,
    approved_by   TEXT    NULL,
    approved_at   INTEGER NULL,
    cancelled_at  INTEGER NULL,
    reason        TEXT    NULL
);

CREATE INDEX decisions_scheme ON decisions (scheme_id, proposed_at);

-- Append-only: one row per state change, numbered from 0 (the proposal) within its decision.
CREATE TABLE decision_events (
    decision_id  TEXT    NOT NULL REFERENCES decisions (id),
    position     INTEGER NOT NULL,
    kind         TEXT    NOT NULL,                -- Proposed, Approved, Rejected, Cancelled
    principal_id TEXT    NOT NULL,
    at           INTEGER NOT NULL,
    note         TEXT    NULL,
    PRIMARY KEY (decision_id, position)
);
