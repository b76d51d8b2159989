-- Tearlines waiting for a second person: a tearline that releases any property of the original as it stands
-- (its text copied, not written) is made only when a principal holding the approver role, other than the one
-- who asked, approves it. Times are microseconds since the Unix epoch (UTC).
CREATE TABLE tearline_requests (
    id            text COLLATE "C" NOT NULL PRIMARY KEY,   -- UUID
    collection_id text COLLATE "C" NOT NULL,
    object_id     text COLLATE "C" NOT NULL,               -- the original's STIX id
    release_tlp   text COLLATE "C" NOT NULL,               -- TLP name: clear, green, amber, amber+strict, red
    texts         text COLLATE "C" NOT NULL,               -- JSON: {"released": {property: [text...]}, "omitted": [...], "as_they_stand": [...]}
    requested_by  text COLLATE "C" NOT NULL,               -- principal id
    requested_at  bigint NOT NULL,
    status        text COLLATE "C" NOT NULL,               -- Pending, Released
    decided_by    text COLLATE "C" NULL,
    decided_at    bigint NULL,
    tearline_id   text COLLATE "C" NULL                    -- the released object, once approved
);
