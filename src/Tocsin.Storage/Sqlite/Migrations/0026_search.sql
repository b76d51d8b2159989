-- Full-text search over stored versions (docs/search.md). One row per version that has words, keyed by its
-- objects row, written by a trigger in the very transaction that stores the version, whatever path stores it
-- (TAXII, import, ingest, promotion). Tombstones and newer versions are judged when searching, from
-- collection_objects, so a tombstone changes nothing here and can never leave the index behind.
-- unicode61 with remove_diacritics 2 folds case and diacritics: "Etat islamique" finds "État islamique".
CREATE VIRTUAL TABLE search_index USING fts5 (
    words,               -- name, aliases, description, content, abstract, explanation (first 200,000 characters)
    dated UNINDEXED,     -- µs since the epoch of published, else first_seen, else created; NULL when none
    markings UNINDEXED,  -- ' ' || object_marking_refs separated by ' ' || ' '
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What the index holds for each stored version; the trigger and the backfill below read the same text.
-- json is UTF-8 bytes: read as text, since SQLite takes a blob given to its JSON functions for JSONB; it is named
-- o.json, since json_each has a column called json of its own.
CREATE VIEW search_source AS
SELECT o.row_id,
       substr(concat_ws(' ',
           json_extract(CAST(o.json AS TEXT), '$.name'),
           (SELECT group_concat(value, ' ') FROM json_each(CAST(o.json AS TEXT), '$.aliases')),
           json_extract(CAST(o.json AS TEXT), '$.description'),
           json_extract(CAST(o.json AS TEXT), '$.content'),
           json_extract(CAST(o.json AS TEXT), '$.abstract'),
           json_extract(CAST(o.json AS TEXT), '$.explanation')), 1, 200000) AS words,
       CAST(unixepoch(COALESCE(json_extract(CAST(o.json AS TEXT), '$.published'), json_extract(CAST(o.json AS TEXT), '$.first_seen'),
                               json_extract(CAST(o.json AS TEXT), '$.created')), 'subsec') * 1000000 AS INTEGER) AS dated,
       ' ' || COALESCE((SELECT group_concat(value, ' ') FROM json_each(CAST(o.json AS TEXT), '$.object_marking_refs')), '') || ' ' AS markings
FROM objects o;

CREATE TRIGGER objects_search_index AFTER INSERT ON objects
BEGIN
    INSERT INTO search_index (rowid, words, dated, markings)
    SELECT row_id, words, dated, markings FROM search_source WHERE row_id = NEW.row_id AND words <> '';
END;

INSERT INTO search_index (rowid, words, dated, markings)
SELECT row_id, words, dated, markings FROM search_source WHERE words <> '';
