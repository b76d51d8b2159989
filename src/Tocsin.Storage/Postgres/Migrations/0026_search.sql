-- Full-text search over stored versions (docs/search.md). One row per version that has words, keyed by its
-- objects row, written by a trigger in the very transaction that stores the version, whatever path stores it
-- (TAXII, import's COPY, ingest, promotion, the move from SQLite). Tombstones and newer versions are judged when
-- searching, from collection_objects, so a tombstone changes nothing here and can never leave the index behind.
-- Words are folded as SQLite's unicode61 tokenizer folds them (docs/search.md): lower case, no diacritics
-- (NFD, combining marks removed), punctuation a separator; the 'simple' configuration then keeps every word.
CREATE FUNCTION search_fold(words text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN regexp_replace(regexp_replace(normalize(lower(words), NFD), '[\u0300-\u036f]', '', 'g'), '[[:punct:]]+', ' ', 'g');

-- The stored bytes as jsonb; the escape \u0000, which jsonb refuses, is read as U+FFFD so that no version is
-- ever refused for its index row.
CREATE FUNCTION search_json(json bytea) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN replace(convert_from(json, 'UTF8'), '\u0000', '\ufffd')::jsonb;

CREATE FUNCTION search_words(j jsonb) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN to_tsvector('simple', search_fold(left(concat_ws(' ',
        j ->> 'name',
        (SELECT string_agg(a, ' ') FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(j -> 'aliases') = 'array' THEN j -> 'aliases' END) a),
        j ->> 'description', j ->> 'content', j ->> 'abstract', j ->> 'explanation'), 200000)));

-- µs since the epoch of published, else first_seen, else created (STIX timestamps, always in UTC with Z).
CREATE FUNCTION search_dated(j jsonb) RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN (SELECT CASE WHEN t ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$'
                        THEN (extract(epoch FROM t::timestamptz) * 1000000)::bigint END
            FROM (SELECT COALESCE(j ->> 'published', j ->> 'first_seen', j ->> 'created') AS t) x);

CREATE FUNCTION search_markings(j jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ' ' || COALESCE((SELECT string_agg(m, ' ')
                            FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(j -> 'object_marking_refs') = 'array' THEN j -> 'object_marking_refs' END) m), '') || ' ';

CREATE TABLE search_documents (
    object_row bigint   NOT NULL PRIMARY KEY REFERENCES objects (row_id),
    words      tsvector NOT NULL,
    dated      bigint   NULL,
    markings   text COLLATE "C" NOT NULL
);

CREATE INDEX search_documents_words ON search_documents USING gin (words);

CREATE FUNCTION search_index_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    j jsonb := search_json(NEW.json);
    w tsvector := search_words(j);
BEGIN
    IF w <> ''::tsvector THEN
        INSERT INTO search_documents (object_row, words, dated, markings) VALUES (NEW.row_id, w, search_dated(j), search_markings(j));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER objects_search_index AFTER INSERT ON objects FOR EACH ROW EXECUTE FUNCTION search_index_version();

INSERT INTO search_documents (object_row, words, dated, markings)
SELECT row_id, search_words(j), search_dated(j), search_markings(j)
FROM (SELECT row_id, search_json(json) AS j FROM objects) o
WHERE search_words(j) <> ''::tsvector;
