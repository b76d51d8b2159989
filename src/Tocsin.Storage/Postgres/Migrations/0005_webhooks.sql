-- Webhook subscribers, the durable outbox of deliveries, acknowledgements and the fan-out cursor.
CREATE TABLE webhook_subscribers (
    id            text COLLATE "C" NOT NULL PRIMARY KEY,   -- UUID
    name          text COLLATE "C" NOT NULL UNIQUE,
    url           text COLLATE "C" NOT NULL,
    territory_ids text COLLATE "C" NOT NULL,   -- space-separated; empty means every territory
    exercises     bigint  NOT NULL,               -- 1: opted in to Exercise and Test messages
    secret        bytea   NOT NULL,               -- encrypted by the server (AES-GCM), never in clear
    created_at    bigint  NOT NULL,               -- microseconds since the Unix epoch
    disabled_at   bigint  NULL
);

CREATE TABLE webhook_deliveries (
    id                   text COLLATE "C" NOT NULL PRIMARY KEY,   -- UUID, sent as webhook-id
    publication_sequence bigint  NOT NULL REFERENCES publications (sequence),
    subscriber_id        text COLLATE "C" NOT NULL REFERENCES webhook_subscribers (id),
    state                text COLLATE "C" NOT NULL,   -- pending, delivered, dead
    attempts             bigint  NOT NULL DEFAULT 0,
    next_attempt_at      bigint  NOT NULL,
    claimed_until        bigint  NULL,                   -- lease: a crashed node's claims expire
    claim_token          text COLLATE "C" NULL,
    last_status          bigint  NULL,
    last_error           text COLLATE "C" NULL,
    delivered_at         bigint  NULL,
    UNIQUE (publication_sequence, subscriber_id)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_claim ON webhook_deliveries (claim_token) WHERE claim_token IS NOT NULL;

CREATE TABLE webhook_acknowledgements (
    publication_sequence bigint  NOT NULL REFERENCES publications (sequence),
    subscriber_id        text COLLATE "C" NOT NULL REFERENCES webhook_subscribers (id),
    acknowledged_at      bigint  NOT NULL,
    PRIMARY KEY (publication_sequence, subscriber_id)
);

-- One row: the last publication the fan-out handled. Starts at the newest existing publication, so that
-- messages published before webhooks existed are not sent now.
CREATE TABLE webhook_cursor (
    id       bigint  NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence bigint  NOT NULL
);
INSERT INTO webhook_cursor (id, sequence) SELECT 1, COALESCE(MAX(sequence), 0) FROM publications;
