-- The search index's write path made cheaper (docs/benchmarks.md, "Search across the picture"). Measured on the
-- objects of the benchmark's mix: the row-level trigger of 0026 cost about three times what the same index rows
-- cost when computed and inserted by one statement, the difference being one PL/pgSQL call and one single-row
-- INSERT (its own executor start and end) per stored version. Now one trigger call per statement that stores
-- versions (a TAXII envelope's or an import's COPY, one INSERT of a contribution or a promotion) computes and inserts
-- the index rows of every version the statement stored, read from its transition table (PostgreSQL 10 and later).
-- What is indexed, and how words are folded, is unchanged: the same search_words(), search_dated() and
-- search_markings(), so the rows already indexed need no rebuild.

-- Folding is unchanged for every text; text that is only ASCII (most of a picture) skips normalize() and the
-- regular expression over combining marks, which can change nothing there: NFD of ASCII is itself and it holds no
-- combining mark. octet_length = char_length holds for UTF-8 text exactly when every character is one byte.
CREATE OR REPLACE FUNCTION search_fold(words text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN regexp_replace(CASE WHEN octet_length(words) = char_length(words) THEN lower(words)
                               ELSE regexp_replace(normalize(lower(words), NFD), '[\u0300-\u036f]', '', 'g') END,
                          '[[:punct:]]+', ' ', 'g');

-- The words, date and markings are those of search_words(), search_dated() and search_markings() (0026), written
-- out here: a SQL function whose body holds a subquery is called through its own executor for every row instead of
-- being inlined into the query, which cost more than the rest of the trigger's expressions together. Each version's
-- bytes are parsed into jsonb once (OFFSET 0 keeps a subquery from being folded into its caller), and its text is
-- a column before search_fold() reads it, so that search_fold() is inlined too.
CREATE FUNCTION search_index_versions() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
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
            FROM (SELECT row_id, search_json(json) AS j FROM stored OFFSET 0) parsed
            OFFSET 0) texts
        OFFSET 0) computed
    WHERE words <> ''::tsvector;
    RETURN NULL;
END $$;

DROP TRIGGER objects_search_index ON objects;
DROP FUNCTION search_index_version();

CREATE TRIGGER objects_search_index AFTER INSERT ON objects REFERENCING NEW TABLE AS stored
    FOR EACH STATEMENT EXECUTE FUNCTION search_index_versions();
