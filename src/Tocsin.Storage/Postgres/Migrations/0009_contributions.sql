-- Partner contributions (docs/sharing.md "Partner contributions"): what a partner service posts is kept apart
-- from our picture. Its versions are rows of objects like any other, exact bytes, but keyed by a version_key
-- scoped to the partner ("<version key> <partner id>"), so that they can never collide with, nor be taken for,
-- a version of ours or of another partner; their membership rows name the partner in contributor.
-- contributor NULL: a version of our picture. Every query of our picture reads only those rows.
ALTER TABLE collection_objects ADD COLUMN contributor text COLLATE "C" NULL;

-- A partner's contributions, newest last, for the analysts' listing.
CREATE INDEX collection_objects_by_contributor ON collection_objects (contributor, date_added) WHERE contributor IS NOT NULL;
