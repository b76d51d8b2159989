-- The Data Protection key ring (sign-in cookies, antiforgery tokens), shared by every node of a deployment.
-- Times are microseconds since the Unix epoch (UTC).
CREATE TABLE data_protection_keys (
    name       TEXT NOT NULL PRIMARY KEY,   -- Data Protection's friendly name of the key, e.g. key-<guid>
    xml        TEXT NOT NULL,               -- the key element as Data Protection wrote it
    created_at INTEGER NOT NULL
);
