-- Partners identified by a client certificate over mutual TLS (docs/mutual-tls.md), beside their API keys: a pinned
-- certificate (matched by its SHA-256 thumbprint), or an issuing CA that is the only trust anchor of the registration
-- together with the exact subject a certificate it issued must carry. Revoked rows are kept: the history says who
-- could connect when.
CREATE TABLE partner_certificates (
    id           text COLLATE "C" NOT NULL PRIMARY KEY,
    principal_id text COLLATE "C" NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    kind         text COLLATE "C" NOT NULL CHECK (kind IN ('pinned', 'issuer')),
    thumbprint   text COLLATE "C" NOT NULL,  -- SHA-256 (lower-case hex) of the DER of the pinned certificate or of the CA
    subject      text COLLATE "C" NOT NULL,  -- pinned: the certificate's subject; issuer: the subject a presented certificate must carry
    certificate  bytea   NOT NULL,           -- DER of the pinned certificate or of the CA
    not_before   bigint  NOT NULL,           -- µs since the epoch, of the uploaded certificate
    not_after    bigint  NOT NULL,           -- µs since the epoch, of the uploaded certificate
    label        text COLLATE "C" NULL,
    created_at   bigint  NOT NULL,
    revoked_at   bigint  NULL
);

CREATE INDEX partner_certificates_by_principal ON partner_certificates (principal_id);
CREATE INDEX partner_certificates_by_subject ON partner_certificates (subject) WHERE revoked_at IS NULL;
-- One active registration per certificate, or per (CA, subject): a certificate identifies one partner.
CREATE UNIQUE INDEX partner_certificates_active ON partner_certificates (kind, thumbprint, subject) WHERE revoked_at IS NULL;
