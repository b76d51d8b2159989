-- A btree on the date the search's date range reads (docs/search.md). When the range holds none of the newest index
-- rows, the search asks the older rows for the words and the range together (src/Tocsin.Storage/Search/SearchSql.cs):
-- without this index, PostgreSQL read every match of a common word from the GIN index to keep the range's few.
CREATE INDEX search_documents_dated ON search_documents (dated);
