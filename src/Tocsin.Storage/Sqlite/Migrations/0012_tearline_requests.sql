-- Tearlines waiting for a second person: a tearline that releases any property of the original as it stands
-- (its text copied, not written) is made only when a principal holding the approver role, other than the one
-- who asked, approves it. Times are microseconds since the Unix epoch (UTC).
CREATE TABLE tearline_requests (
    id            TEXT NOT NULL PRIMARY KEY,   -- UUID
    collection_id TEXT NOT NULL,
    object_id     TEXT NOT NULL,               -- the original's STIX id
    release_tlp   TEXT NOT NULL,               -- TLP name: clear, green, amber, amber+strict, red
    texts         TEXT NOT NULL,               -- JSON: {"released": {property: [text...]}, "omitted": [...], "as_they_stand": [...]}
    requested_by  TEXT NOT NULL,               -- principal id
    requested_at  INTEGER NOT NULL,
    status        TEXT NOT NULL,               -- Pending, Released
    decided_by    TEXT NULL,
    decided_at    INTEGER NULL,
    tearline_id   TEXT NULL                    -- the released object, once approved
);
