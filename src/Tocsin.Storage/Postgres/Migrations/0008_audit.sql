-- The append-only audit log (docs/audit.md): one entry per write transaction, each holding the hash of
-- the one before, and the signed checkpoints of the chain published at intervals.
CREATE TABLE audit_log (
    sequence  bigint  NOT NULL PRIMARY KEY,   -- from 1, without gaps
    at        bigint  NOT NULL,               -- microseconds since the Unix epoch
    actor     text COLLATE "C" NOT NULL,   -- principal id, cli:<os user> or system
    action    text COLLATE "C" NOT NULL,   -- object.add, principal.remove, ...
    subject   text COLLATE "C" NOT NULL,   -- the main thing written; '' when none
    details   text COLLATE "C" NOT NULL,   -- RFC 8785 canonical JSON object
    prev_hash bytea   NOT NULL,               -- hash of the entry before (32 zero bytes for the first)
    hash      bytea   NOT NULL                -- SHA-256 of the canonical encoding of the fields above
);

CREATE TABLE audit_checkpoints (
    sequence  bigint  NOT NULL,               -- the entry covered
    hash      bytea   NOT NULL,               -- that entry's hash
    at        bigint  NOT NULL,               -- when the checkpoint was made, microseconds
    signature text COLLATE "C" NOT NULL,   -- the server's signature over {"at","hash","sequence"} (RFC 8785)
    PRIMARY KEY (sequence, at)
);
