-- National release rules (docs/classification.md): the highest classification level a partner may receive.
-- NULL is the scale's lowest level.
ALTER TABLE partner_profiles ADD COLUMN classification_ceiling text NULL;
