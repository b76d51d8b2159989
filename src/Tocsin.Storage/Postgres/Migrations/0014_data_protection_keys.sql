-- The Data Protection key ring (sign-in cookies, antiforgery tokens), shared by every node of a deployment.
-- Times are microseconds since the Unix epoch (UTC).
CREATE TABLE data_protection_keys (
    name       text COLLATE "C" NOT NULL PRIMARY KEY,   -- Data Protection's friendly name of the key, e.g. key-<guid>
    xml        text NOT NULL,                           -- the key element as Data Protection wrote it
    created_at bigint NOT NULL
);
