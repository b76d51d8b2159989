-- Each delivery attempt kept (the delivery row holds only the last), and dead letters an administrator retried.
CREATE TABLE webhook_attempts (
    delivery_id  text COLLATE "C" NOT NULL REFERENCES webhook_deliveries (id),
    number       bigint NOT NULL,                -- 1, 2, … over the delivery's whole life, retries included
    attempted_at bigint NOT NULL,                -- microseconds since the Unix epoch, when the outcome was recorded
    outcome      text COLLATE "C" NOT NULL,      -- delivered, retry, dead
    status       bigint NULL,                    -- the HTTP status, null when none came back
    error        text COLLATE "C" NULL,
    PRIMARY KEY (delivery_id, number)
);

ALTER TABLE webhook_deliveries ADD COLUMN retries bigint NOT NULL DEFAULT 0;   -- times an administrator retried it
ALTER TABLE webhook_deliveries ADD COLUMN retried_at bigint NULL;              -- the last of those times

CREATE INDEX webhook_deliveries_subscriber ON webhook_deliveries (subscriber_id, id);
