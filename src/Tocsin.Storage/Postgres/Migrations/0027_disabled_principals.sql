-- A disabled user keeps its name, roles, keys and history but signs in by no path until enabled again.
ALTER TABLE principals ADD COLUMN disabled_at bigint NULL;   -- microseconds since the Unix epoch; null while enabled
