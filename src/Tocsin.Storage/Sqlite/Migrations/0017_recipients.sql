-- Recipients by sector: a subscriber's sectors and recipient groups, and per-recipient posture messages
-- delivered through the same outbox as CAP messages.
ALTER TABLE webhook_subscribers ADD COLUMN sectors TEXT NOT NULL DEFAULT '';            -- space-separated sector ids
ALTER TABLE webhook_subscribers ADD COLUMN recipient_groups TEXT NOT NULL DEFAULT '';   -- space-separated group ids

-- One message for one subscriber about one posture: its approval, its cancellation or a reminder to report.
CREATE TABLE posture_messages (
    id              TEXT    NOT NULL PRIMARY KEY,   -- UUID: the identifier the subscriber acknowledges
    posture_id      TEXT    NOT NULL,
    subscriber_id   TEXT    NOT NULL REFERENCES webhook_subscribers (id),
    kind            TEXT    NOT NULL,               -- approved, cancelled, reminder
    change_sequence INTEGER NULL,                   -- the posture change it follows; null for a reminder
    measure_ids     TEXT    NOT NULL,               -- space-separated: the measures addressed to the subscriber
    body            BLOB    NOT NULL,               -- the JSON sent, as signed
    created_at      INTEGER NOT NULL,               -- microseconds since the Unix epoch
    acknowledged_at INTEGER NULL,
    UNIQUE (change_sequence, subscriber_id)
);

CREATE INDEX posture_messages_posture ON posture_messages (posture_id, subscriber_id);

-- A delivery now carries either a CAP publication or a posture message. SQLite cannot relax NOT NULL in
-- place, so the table is rebuilt with the same rows.
CREATE TABLE webhook_deliveries_new (
    id                   TEXT    NOT NULL PRIMARY KEY,   -- UUID, sent as webhook-id
    publication_sequence INTEGER NULL REFERENCES publications (sequence),
    subscriber_id        TEXT    NOT NULL REFERENCES webhook_subscribers (id),
    state                TEXT    NOT NULL,               -- pending, delivered, dead
    attempts             INTEGER NOT NULL DEFAULT 0,
    next_attempt_at      INTEGER NOT NULL,
    claimed_until        INTEGER NULL,                   -- lease: a crashed node's claims expire
    claim_token          TEXT    NULL,
    last_status          INTEGER NULL,
    last_error           TEXT    NULL,
    delivered_at         INTEGER NULL,
    message_id           TEXT    NULL UNIQUE REFERENCES posture_messages (id),
    UNIQUE (publication_sequence, subscriber_id),
    CHECK ((publication_sequence IS NULL) <> (message_id IS NULL))
);
INSERT INTO webhook_deliveries_new (id, publication_sequence, subscriber_id, state, attempts, next_attempt_at, claimed_until, claim_token,
    last_status, last_error, delivered_at)
SELECT id, publication_sequence, subscriber_id, state, attempts, next_attempt_at, claimed_until, claim_token, last_status, last_error, delivered_at
FROM webhook_deliveries;
DROP TABLE webhook_deliveries;
ALTER TABLE webhook_deliveries_new RENAME TO webhook_deliveries;
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_claim ON webhook_deliveries (claim_token) WHERE claim_token IS NOT NULL;

-- One row: the last posture change the delivery to recipients handled.
CREATE TABLE posture_delivery_cursor (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence INTEGER NOT NULL
);
INSERT INTO posture_delivery_cursor (id, sequence) VALUES (1, 0);
