-- Recipients by sector: a subscriber's sectors and recipient groups, and per-recipient posture messages
-- delivered through the same outbox as CAP messages.
ALTER TABLE webhook_subscribers ADD COLUMN sectors text COLLATE "C" NOT NULL DEFAULT '';            -- space-separated sector ids
ALTER TABLE webhook_subscribers ADD COLUMN recipient_groups text COLLATE "C" NOT NULL DEFAULT '';   -- space-separated group ids

-- One message for one subscriber about one posture: its approval, its cancellation or a reminder to report.
CREATE TABLE posture_messages (
    id              text COLLATE "C" NOT NULL PRIMARY KEY,   -- UUID: the identifier the subscriber acknowledges
    posture_id      text COLLATE "C" NOT NULL,
    subscriber_id   text COLLATE "C" NOT NULL REFERENCES webhook_subscribers (id),
    kind            text COLLATE "C" NOT NULL,               -- approved, cancelled, reminder
    change_sequence bigint  NULL,                            -- the posture change it follows; null for a reminder
    measure_ids     text COLLATE "C" NOT NULL,               -- space-separated: the measures addressed to the subscriber
    body            bytea   NOT NULL,                        -- the JSON sent, as signed
    created_at      bigint  NOT NULL,                        -- microseconds since the Unix epoch
    acknowledged_at bigint  NULL,
    UNIQUE (change_sequence, subscriber_id)
);

CREATE INDEX posture_messages_posture ON posture_messages (posture_id, subscriber_id);

-- A delivery now carries either a CAP publication or a posture message.
ALTER TABLE webhook_deliveries ALTER COLUMN publication_sequence DROP NOT NULL;
ALTER TABLE webhook_deliveries ADD COLUMN message_id text COLLATE "C" NULL UNIQUE REFERENCES posture_messages (id);
ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_one_message CHECK ((publication_sequence IS NULL) <> (message_id IS NULL));

-- One row: the last posture change the delivery to recipients handled.
CREATE TABLE posture_delivery_cursor (
    id       bigint  NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence bigint  NOT NULL
);
INSERT INTO posture_delivery_cursor (id, sequence) VALUES (1, 0);
