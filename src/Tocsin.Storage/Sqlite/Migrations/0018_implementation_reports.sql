-- Implementation reports: per posture, recipient and measure, what the recipient says it put in place. A
-- later report supersedes an earlier one; every report stays.
CREATE TABLE implementation_reports (
    sequence      INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    posture_id    TEXT    NOT NULL,
    subscriber_id TEXT    NOT NULL REFERENCES webhook_subscribers (id),
    measure_id    TEXT    NOT NULL,
    status        TEXT    NOT NULL,               -- implemented, partial, not-possible
    comment       TEXT    NULL,
    reporter      TEXT    NOT NULL,               -- the staff principal's name, or "link" for the recipient's signed link
    reported_at   INTEGER NOT NULL                -- microseconds since the Unix epoch
);

CREATE INDEX implementation_reports_posture ON implementation_reports (posture_id, subscriber_id, measure_id, sequence);
