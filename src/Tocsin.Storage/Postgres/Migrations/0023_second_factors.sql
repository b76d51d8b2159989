-- Staff second factors: a TOTP secret (protected by the server's key ring), WebAuthn passkeys and single-use
-- recovery codes (hashed like passwords). Times are microseconds since the Unix epoch (UTC).
CREATE TABLE totp_factors (
    principal_id text COLLATE "C" NOT NULL PRIMARY KEY REFERENCES principals (id) ON DELETE CASCADE,
    secret       text NOT NULL,      -- Data Protection payload of the secret, never the secret itself
    last_step    bigint NOT NULL,    -- RFC 6238 step of the last accepted code: earlier and equal steps are refused
    created_at   bigint NOT NULL,
    last_used_at bigint NULL
);

CREATE TABLE passkeys (
    credential_id text COLLATE "C" NOT NULL PRIMARY KEY,   -- base64url
    principal_id  text COLLATE "C" NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    public_key    bytea NOT NULL,                          -- COSE key
    sign_count    bigint NOT NULL,
    name          text NOT NULL,
    created_at    bigint NOT NULL,
    last_used_at  bigint NULL
);

CREATE INDEX passkeys_by_principal ON passkeys (principal_id);

CREATE TABLE recovery_codes (
    principal_id text COLLATE "C" NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    lookup       text COLLATE "C" NOT NULL,   -- the code's first group, to find its row
    hash         text NOT NULL,               -- password hash of the rest of the code
    created_at   bigint NOT NULL,
    used_at      bigint NULL,
    PRIMARY KEY (principal_id, lookup)
);
