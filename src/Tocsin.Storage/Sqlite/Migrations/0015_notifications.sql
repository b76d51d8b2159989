-- Notifications to approvers and the on-call webhook: a durable outbox, one row per message and channel.
CREATE TABLE notifications (
    id              TEXT    NOT NULL PRIMARY KEY,   -- UUID, sent as webhook-id and Message-ID
    key             TEXT    NOT NULL,               -- what it is about, e.g. proposed:{decision}; once per key and channel
    channel         TEXT    NOT NULL,               -- email, webhook
    kind            TEXT    NOT NULL,               -- proposed, cancellation-proposed, unacknowledged
    decision_id     TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    state           TEXT    NOT NULL,               -- pending, delivered, dead
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,               -- microseconds since the Unix epoch
    claimed_until   INTEGER NULL,                   -- lease: a crashed node's claims expire
    claim_token     TEXT    NULL,
    last_error      TEXT    NULL,
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER NULL,
    UNIQUE (key, channel)
);

CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE state = 'pending';
CREATE INDEX notifications_claim ON notifications (claim_token) WHERE claim_token IS NOT NULL;
CREATE INDEX notifications_decision ON notifications (decision_id);

-- One row: the last audit entry the notification planner read. Starts at the head, so that proposals made
-- before notifications existed are not announced now.
CREATE TABLE notification_cursor (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence INTEGER NOT NULL
);
INSERT INTO notification_cursor (id, sequence) SELECT 1, COALESCE(MAX(sequence), 0) FROM audit_log;
