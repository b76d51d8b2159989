-- Staff clearances (docs/classification.md): the highest national classification level a staff member may read
-- and the compartments they are read into. A staff member without a row holds the scale's lowest level and no
-- compartment. A revoke keeps the row (lowest level, no compartment) so that its revision only grows.
CREATE TABLE clearances (
    principal_id      text COLLATE "C" NOT NULL PRIMARY KEY REFERENCES principals (id) ON DELETE CASCADE,
    level             text NOT NULL,
    compartments_json text NOT NULL,  -- JSON array of upper-case compartment names
    revision          bigint NOT NULL, -- bumped on every change: a staff view computed before is stale
    changed_at        bigint NOT NULL
);
