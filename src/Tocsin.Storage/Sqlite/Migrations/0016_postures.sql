-- Protective postures and every state change. Times are microseconds since the Unix epoch (UTC).
CREATE TABLE postures (
    id            TEXT    NOT NULL PRIMARY KEY,   -- UUID text
    scheme_id     TEXT    NOT NULL,
    titles        TEXT    NOT NULL,               -- JSON object: language -> title
    level_key     TEXT    NOT NULL,
    territory_ids TEXT    NOT NULL,               -- space-separated territory ids
    starts_at     INTEGER NOT NULL,
    ends_at       INTEGER NULL,
    measures      TEXT    NOT NULL,               -- JSON array of {"measure_id", "territory_ids", "from", "until"}
    authority     TEXT    NOT NULL,
    rationale     TEXT    NOT NULL,
    supersedes    TEXT    NOT NULL,               -- space-separated posture ids
    is_exercise   INTEGER NOT NULL,
    status        TEXT    NOT NULL,               -- Proposed, Approved, Rejected, Withdrawn, Cancelled
    proposed_by   TEXT    NOT NULL,
    proposed_at   INTEGER NOT NULL,
    approved_by   TEXT    NULL,
    approved_at   INTEGER NULL,
    cancelled_at  INTEGER NULL,
    reason        TEXT    NULL
);

CREATE INDEX postures_scheme ON postures (scheme_id, proposed_at);

-- Append-only: one row per state change, numbered from 0 (the proposal) within its posture.
CREATE TABLE posture_events (
    posture_id   TEXT    NOT NULL REFERENCES postures (id),
    position     INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    principal_id TEXT    NOT NULL,
    at           INTEGER NOT NULL,
    note         TEXT    NULL,
    effective_at INTEGER NULL,
    PRIMARY KEY (posture_id, position)
);

-- Published changes (approvals, cancellations), numbered under the write lock in the transaction that made
-- them, so that a follower reading after its cursor never misses or repeats one.
CREATE TABLE posture_changes (
    sequence   INTEGER NOT NULL PRIMARY KEY,
    posture_id TEXT    NOT NULL REFERENCES postures (id),
    kind       TEXT    NOT NULL,                  -- Approved, Cancelled
    at         INTEGER NOT NULL
);
