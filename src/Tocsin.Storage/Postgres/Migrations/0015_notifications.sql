-- Notifications to approvers and the on-call webhook: a durable outbox, one row per message and channel.
CREATE TABLE notifications (
    id              text COLLATE "C" NOT NULL PRIMARY KEY,   -- UUID, sent as webhook-id and Message-ID
    key             text COLLATE "C" NOT NULL,   -- what it is about, e.g. proposed:{decision}; once per key and channel
    channel         text COLLATE "C" NOT NULL,   -- email, webhook
    kind            text COLLATE "C" NOT NULL,   -- proposed, cancellation-proposed, unacknowledged
    decision_id     text COLLATE "C" NOT NULL,
    subject         text NOT NULL,
    body            text NOT NULL,
    state           text COLLATE "C" NOT NULL,   -- pending, delivered, dead
    attempts        bigint NOT NULL DEFAULT 0,
    next_attempt_at bigint NOT NULL,             -- microseconds since the Unix epoch
    claimed_until   bigint NULL,                 -- lease: a crashed node's claims expire
    claim_token     text COLLATE "C" NULL,
    last_error      text NULL,
    created_at      bigint NOT NULL,
    delivered_at    bigint NULL,
    UNIQUE (key, channel)
);

CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE state = 'pending';
CREATE INDEX notifications_claim ON notifications (claim_token) WHERE claim_token IS NOT NULL;
CREATE INDEX notifications_decision ON notifications (decision_id);

-- One row: the last audit entry the notification planner read. Starts at the head, so that proposals made
-- before notifications existed are not announced now.
CREATE TABLE notification_cursor (
    id       bigint NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence bigint NOT NULL
);
INSERT INTO notification_cursor (id, sequence) SELECT 1, COALESCE(MAX(sequence), 0) FROM audit_log;
