-- A decision's rationale in the scheme's other languages (docs/cap.md: each CAP info carries only its own language).
ALTER TABLE decisions ADD COLUMN rationale_translations TEXT NOT NULL DEFAULT '{}';  -- JSON: {"en": "..."}
