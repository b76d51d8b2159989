-- Webhook subscribers, the durable outbox of deliveries, acknowledgements and the fan-out cursor.
CREATE TABLE webhook_subscribers (
    id            TEXT    NOT NULL PRIMARY KEY,   -- UUID
    name          TEXT    NOT NULL UNIQUE,
    url           TEXT    NOT NULL,
    territory_ids TEXT    NOT NULL,               -- space-separated; empty means every territory
    exercises     INTEGER NOT NULL,               -- 1: opted in to Exercise and Test messages
    secret        BLOB    NOT NULL,               -- encrypted by the server (AES-GCM), never in clear
    created_at    INTEGER NOT NULL,               -- microseconds since the Unix epoch
    disabled_at   INTEGER NULL
);

CREATE TABLE webhook_deliveries (
    id                   TEXT    NOT NULL PRIMARY KEY,   -- UUID, sent as webhook-id
    publication_sequence INTEGER NOT NULL REFERENCES publications (sequence),
    subscriber_id        TEXT    NOT NULL REFERENCES webhook_subscribers (id),
    state                TEXT    NOT NULL,               -- pending, delivered, dead
    attempts             INTEGER NOT NULL DEFAULT 0,
    next_attempt_at      INTEGER NOT NULL,
    claimed_until        INTEGER NULL,                   -- lease: a crashed node's claims expire
    claim_token          TEXT    NULL,
    last_status          INTEGER NULL,
    last_error           TEXT    NULL,
    delivered_at         INTEGER NULL,
    UNIQUE (publication_sequence, subscriber_id)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_claim ON webhook_deliveries (claim_token) WHERE claim_token IS NOT NULL;

CREATE TABLE webhook_acknowledgements (
    publication_sequence INTEGER NOT NULL REFERENCES publications (sequence),
    subscriber_id        TEXT    NOT NULL REFERENCES webhook_subscribers (id),
    acknowledged_at      INTEGER NOT NULL,
    PRIMARY KEY (publication_sequence, subscriber_id)
);

-- One row: the last publication the fan-out handled. Starts at the newest existing publication, so that
-- messages published before webhooks existed are not sent now.
CREATE TABLE webhook_cursor (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence INTEGER NOT NULL
);
INSERT INTO webhook_cursor (id, sequence) SELECT 1, COALESCE(MAX(sequence), 0) FROM publications;
