-- API keys may expire, and record when they were last used (at most once a minute per key: docs/security.md).
ALTER TABLE api_keys ADD COLUMN expires_at INTEGER NULL;    -- µs since the epoch; NULL: never
ALTER TABLE api_keys ADD COLUMN last_used_at INTEGER NULL;  -- µs since the epoch; NULL: never used
