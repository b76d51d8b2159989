-- The full-text index is brought up to date after the write instead of inside it (docs/search.md, "When the index is
-- written"; docs/benchmarks.md, "The search index written after the write"). Computing the tsvector and inserting into
-- the GIN index were two thirds of a TAXII envelope's store write. Now the statement that stores versions only queues
-- their rows here; search_catch_up() indexes the queue in batches, called by each server's upkeep and by every search
-- before it reads the index, so that a search still finds every version stored before it was asked. Rows already
-- indexed stay as they are; the index's rows are computed exactly as 0029's trigger computed them.
CREATE TABLE search_pending (
    object_row bigint NOT NULL PRIMARY KEY  -- objects.row_id of a stored version not yet in search_documents
);

CREATE FUNCTION search_queue_versions() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_pending (object_row) SELECT row_id FROM stored;
    RETURN NULL;
END $$;

DROP TRIGGER objects_search_index ON objects;

CREATE TRIGGER objects_search_index AFTER INSERT ON objects REFERENCING NEW TABLE AS stored
    FOR EACH STATEMENT EXECUTE FUNCTION search_queue_versions();

-- Indexes up to batch queued versions, oldest first, and takes them off the queue; returns how many it took. Rows
-- another transaction is indexing are waited for, not skipped (FOR UPDATE), and are gone from the queue once it
-- commits: whoever asks next finds them indexed. Every server's upkeep and every search may call it at once.
CREATE FUNCTION search_catch_up(batch integer) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    taken integer;
BEGIN
    WITH queued AS (
        DELETE FROM search_pending
        WHERE object_row IN (SELECT object_row FROM search_pending ORDER BY object_row LIMIT batch FOR UPDATE)
        RETURNING object_row),
    indexed AS (
        INSERT INTO search_documents (object_row, words, dated, markings)
        SELECT row_id, words, dated, markings
        FROM (
            SELECT row_id,
                   to_tsvector('simple', search_fold(words)) AS words,
                   CASE WHEN dated ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$'
                        THEN (extract(epoch FROM dated::timestamptz) * 1000000)::bigint END AS dated,
                   markings
            FROM (
                SELECT row_id,
                       left(concat_ws(' ',
                           j ->> 'name',
                           (SELECT string_agg(a, ' ') FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(j -> 'aliases') = 'array' THEN j -> 'aliases' END) a),
                           j ->> 'description', j ->> 'content', j ->> 'abstract', j ->> 'explanation'), 200000) AS words,
                       COALESCE(j ->> 'published', j ->> 'first_seen', j ->> 'created') AS dated,
                       ' ' || COALESCE((SELECT string_agg(m, ' ')
                                        FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(j -> 'object_marking_refs') = 'array' THEN j -> 'object_marking_refs' END) m), '') || ' ' AS markings
                FROM (SELECT o.row_id, search_json(o.json) AS j FROM objects o JOIN queued q ON q.object_row = o.row_id OFFSET 0) parsed
                OFFSET 0) texts
            OFFSET 0) computed
        WHERE words <> ''::tsvector
        ON CONFLICT (object_row) DO NOTHING)
    SELECT count(*) INTO taken FROM queued;
    RETURN taken;
END $$;
