-- A decision's rationale in the scheme's other languages (docs/cap.md: each CAP info carries only its own language).
ALTER TABLE decisions ADD COLUMN rationale_translations text COLLATE "C" NOT NULL DEFAULT '{}';  -- JSON: {"en": "..."}
