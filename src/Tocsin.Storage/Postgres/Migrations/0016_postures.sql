-- Protective postures and every state change. Times are microseconds since the Unix epoch (UTC).
CREATE TABLE postures (
    id            text COLLATE "C" NOT NULL PRIMARY KEY,   -- UUID text
    scheme_id     text COLLATE "C" NOT NULL,
    titles        text NOT NULL,               -- JSON object: language -> title
    level_key     text COLLATE "C" NOT NULL,
    territory_ids text COLLATE "C" NOT NULL,   -- space-separated territory ids
    starts_at     bigint  NOT NULL,
    ends_at       bigint  NULL,
    measures      text NOT NULL,               -- JSON array of {"measure_id", "territory_ids", "from", "until"}
    authority     text COLLATE "C" NOT NULL,
    rationale     text COLLATE "C" NOT NULL,
    supersedes    text COLLATE "C" NOT NULL,   -- space-separated posture ids
    is_exercise   bigint  NOT NULL,
    status        text COLLATE "C" NOT NULL,   -- Proposed, Approved, Rejected, Withdrawn, Cancelled
    proposed_by   text COLLATE "C" NOT NULL,
    proposed_at   bigint  NOT NULL,
    approved_by   text COLLATE "C" NULL,
    approved_at   bigint  NULL,
    cancelled_at  bigint  NULL,
    reason        text COLLATE "C" NULL
);

CREATE INDEX postures_scheme ON postures (scheme_id, proposed_at);

-- Append-only: one row per state change, numbered from 0 (the proposal) within its posture.
CREATE TABLE posture_events (
    posture_id   text COLLATE "C" NOT NULL REFERENCES postures (id),
    position     bigint  NOT NULL,
    kind         text COLLATE "C" NOT NULL,
    principal_id text COLLATE "C" NOT NULL,
    at           bigint  NOT NULL,
    note         text COLLATE "C" NULL,
    effective_at bigint  NULL,
    PRIMARY KEY (posture_id, position)
);

-- Published changes (approvals, cancellations), numbered under the write lock in the transaction that made
-- them, so that a follower reading after its cursor never misses or repeats one.
CREATE TABLE posture_changes (
    sequence   bigint NOT NULL PRIMARY KEY,
    posture_id text COLLATE "C" NOT NULL REFERENCES postures (id),
    kind       text COLLATE "C" NOT NULL,      -- Approved, Cancelled
    at         bigint NOT NULL
);
