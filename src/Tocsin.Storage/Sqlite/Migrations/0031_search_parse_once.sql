-- The full-text trigger of 0026 made cheaper (docs/benchmarks.md, "Store write taken apart"). It read the new version
-- through the search_source view: eleven JSON functions over the version's text, each given the text again, so SQLite
-- compared the text with its cache of parsed documents at every call and parsed it anew for both json_each() calls.
-- Now the trigger parses the text once into JSONB and every function reads that. It computes exactly what
-- search_source computes (the same members, paths, order and limits; SQLite's JSON functions answer the same for
-- JSONB as for the text it came from), so the rows already indexed need no rebuild; search_source stays for the
-- backfill of 0026 and for checking the trigger against it. OFFSET 0 keeps each subquery from being folded into its
-- caller: the JSONB is computed once, and the words once (the WHERE and the INSERT read the same column).
DROP TRIGGER objects_search_index;

CREATE TRIGGER objects_search_index AFTER INSERT ON objects
BEGIN
    INSERT INTO search_index (rowid, words, dated, markings)
    SELECT NEW.row_id, words, dated, markings
    FROM (
        SELECT substr(concat_ws(' ',
                   json_extract(j, '$.name'),
                   (SELECT group_concat(value, ' ') FROM json_each(j, '$.aliases')),
                   json_extract(j, '$.description'),
                   json_extract(j, '$.content'),
                   json_extract(j, '$.abstract'),
                   json_extract(j, '$.explanation')), 1, 200000) AS words,
               CAST(unixepoch(COALESCE(json_extract(j, '$.published'), json_extract(j, '$.first_seen'),
                                       json_extract(j, '$.created')), 'subsec') * 1000000 AS INTEGER) AS dated,
               ' ' || COALESCE((SELECT group_concat(value, ' ') FROM json_each(j, '$.object_marking_refs')), '') || ' ' AS markings
        FROM (SELECT jsonb(CAST(NEW.json AS TEXT)) AS j LIMIT 1 OFFSET 0)
        LIMIT -1 OFFSET 0)
    WHERE words <> '';
END;
