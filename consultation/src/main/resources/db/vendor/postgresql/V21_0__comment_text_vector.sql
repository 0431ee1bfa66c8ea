-- PostgreSQL only (db/vendor/postgresql): each comment's text as the search reads it, stored once
-- at INSERT instead of parsed again by every search (issue 8: a common word of a million comments).
-- The search takes the newest 1,000 matching comments; with the vector stored, the planner can walk
-- the newest comments and test each against the query for the price of a column read, and ts_rank
-- ranks without parsing. The GIN index moves from the expression to the column; the expression is
-- the one V18_0 indexed, configuration included, so the search finds exactly what it found before.
-- Adding a stored generated column rewrites the table once.
alter table consultation_comment
  add column text_vector tsvector generated always as (to_tsvector('simple', comment_text)) stored;

drop index consultation_comment_text_fts_idx;

create index consultation_comment_text_fts_idx
  on consultation_comment using gin (text_vector);
