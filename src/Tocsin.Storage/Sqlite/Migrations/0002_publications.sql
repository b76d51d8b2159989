-- Published CAP messages: the exact bytes every channel serves.
CREATE TABLE publications (
    sequence      INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    identifier    TEXT    NOT NULL UNIQUE,
    decision_id   TEXT    NULL,
    sent          INTEGER NOT NULL,           -- microseconds since the Unix epoch
    status        TEXT    NOT NULL,           -- CAP wire name: Actual, Exercise, ...
    msg_type      TEXT    NOT NULL,           -- Alert, Update, Cancel
    scope         TEXT    NOT NULL,           -- Public, Restricted, Private
    scheme_id     TEXT    NOT NULL,
    level_key     TEXT    NOT NULL,
    territory_ids TEXT    NOT NULL,           -- space-separated territory ids
    headline      TEXT    NOT NULL,
    xml           BLOB    NOT NULL
);

CREATE INDEX publications_public ON publications (status, scope, sequence);
CREATE INDEX publications_decision ON publications (decision_id, sequence);
