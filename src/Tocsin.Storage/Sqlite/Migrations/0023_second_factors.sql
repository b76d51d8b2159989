-- Staff second factors: a TOTP secret (protected by the server's key ring), WebAuthn passkeys and single-use
-- recovery codes (hashed like passwords). Times are microseconds since the Unix epoch (UTC).
CREATE TABLE totp_factors (
    principal_id TEXT NOT NULL PRIMARY KEY REFERENCES principals (id) ON DELETE CASCADE,
    secret       TEXT NOT NULL,      -- Data Protection payload of the secret, never the secret itself
    last_step    INTEGER NOT NULL,   -- RFC 6238 step of the last accepted code: earlier and equal steps are refused
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER NULL
);

CREATE TABLE passkeys (
    credential_id TEXT NOT NULL PRIMARY KEY,   -- base64url
    principal_id  TEXT NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    public_key    BLOB NOT NULL,               -- COSE key
    sign_count    INTEGER NOT NULL,
    name          TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER NULL
);

CREATE INDEX passkeys_by_principal ON passkeys (principal_id);

CREATE TABLE recovery_codes (
    principal_id TEXT NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    lookup       TEXT NOT NULL,      -- the code's first group, to find its row
    hash         TEXT NOT NULL,      -- password hash of the rest of the code
    created_at   INTEGER NOT NULL,
    used_at      INTEGER NULL,
    PRIMARY KEY (principal_id, lookup)
);
