-- The full-text index is brought up to date after the write instead of inside it (docs/search.md, "When the index is
-- written"; docs/benchmarks.md, "The search index written after the write"). Maintaining FTS5 in every write
-- transaction cost more than half of a TAXII envelope's store write: each transaction flushed a new segment of 100 rows
-- and merged segments, and the WAL carried their pages. Now a stored version's row is only queued here, in the
-- transaction that stores it; the server's upkeep indexes the queue in batches of a thousand (src/Tocsin.Storage/
-- Search/SearchCatchUpSql.cs), and every search first indexes whatever is still queued, so that a search still finds
-- every version stored before it was asked. Rows already indexed stay as they are.
CREATE TABLE search_pending (
    row_id INTEGER PRIMARY KEY  -- objects.row_id of a stored version not yet in search_index
);

DROP TRIGGER objects_search_index;

-- objects rows are never deleted, so a queued row always has its version to read.
CREATE TRIGGER objects_search_index AFTER INSERT ON objects
BEGIN
    INSERT INTO search_pending (row_id) VALUES (NEW.row_id);
END;
