-- The append-only audit log (docs/audit.md): one entry per write transaction, each holding the hash of
-- the one before, and the signed checkpoints of the chain published at intervals.
CREATE TABLE audit_log (
    sequence  INTEGER NOT NULL PRIMARY KEY,   -- from 1, without gaps
    at        INTEGER NOT NULL,               -- microseconds since the Unix epoch
    actor     TEXT    NOT NULL,               -- principal id, cli:<os user> or system
    action    TEXT    NOT NULL,               -- object.add, principal.remove, ...
    subject   TEXT    NOT NULL,               -- the main thing written; '' when none
    details   TEXT    NOT NULL,               -- RFC 8785 canonical JSON object
    prev_hash BLOB    NOT NULL,               -- hash of the entry before (32 zero bytes for the first)
    hash      BLOB    NOT NULL                -- SHA-256 of the canonical encoding of the fields above
);

CREATE TABLE audit_checkpoints (
    sequence  INTEGER NOT NULL,               -- the entry covered
    hash      BLOB    NOT NULL,               -- that entry's hash
    at        INTEGER NOT NULL,               -- when the checkpoint was made, microseconds
    signature TEXT    NOT NULL,               -- the server's signature over {"at","hash","sequence"} (RFC 8785)
    PRIMARY KEY (sequence, at)
);
