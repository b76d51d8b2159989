-- Alert-plan decisions and every state change. Times are microseconds since the Unix epoch (UTC).
CREATE TABLE decisions (
    id            text COLLATE "C" NOT NULL PRIMARY KEY,   -- UUID text
    scheme_id     text COLLATE "C" NOT NULL,
    level_key     text COLLATE "C" NOT NULL,
    territory_ids text COLLATE "C" NOT NULL,   -- space-separated territory ids
    effective_at  bigint  NOT NULL,
    review_by     bigint  NULL,
    expires_at    bigint  NULL,
    authority     text COLLATE "C" NOT NULL,
    rationale     text COLLATE "C" NOT NULL,
    supersedes    text COLLATE "C" NOT NULL,   -- space-separated decision ids
    evidence      text COLLATE "C" NOT NULL,   -- JSON array of {"stix_id", "grade"}
    is_exercise   bigint  NOT NULL,
    status        text COLLATE "C" NOT NULL,   -- Proposed, Approved, Rejected, Cancelled
    proposed_by   text COLLATE "C" NOT NULL,
    proposed_at   bigint  NOT NULL,
    approved_by   text COLLATE "C" NULL,
    approved_at   bigint  NULL,
    cancelled_at  bigint  NULL,
    reason        text COLLATE "C" NULL
);

CREATE INDEX decisions_scheme ON decisions (scheme_id, proposed_at);

-- Append-only: one row per state change, numbered from 0 (the proposal) within its decision.
CREATE TABLE decision_events (
    decision_id  text COLLATE "C" NOT NULL REFERENCES decisions (id),
    position     bigint  NOT NULL,
    kind         text COLLATE "C" NOT NULL,    -- Proposed, Approved, Rejected, Cancelled
    principal_id text COLLATE "C" NOT NULL,
    at           bigint  NOT NULL,
    note         text COLLATE "C" NULL,
    PRIMARY KEY (decision_id, position)
);
