-- Staff reads on the record (docs/read-log.md): one row per object version served to a member of staff above the
-- recorded level. Like the share log it has no foreign key: it outlives the principal, whose name it keeps.
CREATE TABLE read_log (
    row_id         INTEGER PRIMARY KEY,
    principal_id   TEXT    NOT NULL,
    principal_name TEXT    NOT NULL,
    path           TEXT    NOT NULL,   -- taxii, api, search, web, export, ingest, webhook
    read_at        INTEGER NOT NULL,   -- microseconds since the Unix epoch, UTC
    object_id      TEXT    NOT NULL,
    version_key    TEXT    NOT NULL
);

CREATE INDEX read_log_by_principal ON read_log (principal_name, row_id);
CREATE INDEX read_log_by_object ON read_log (object_id, row_id);
CREATE INDEX read_log_by_time ON read_log (read_at, row_id);
