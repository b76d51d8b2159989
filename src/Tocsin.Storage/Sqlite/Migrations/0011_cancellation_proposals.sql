-- Cancelling an approved decision is proposed by one principal and approved by another: the proposal is a
-- decision event (kind CancellationProposed) that carries the requested effective time, microseconds since
-- the Unix epoch (UTC); NULL for "on approval" and for every other kind of event.
ALTER TABLE decision_events ADD COLUMN effective_at INTEGER NULL;
