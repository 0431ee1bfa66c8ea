-- PostgreSQL only (db/vendor/postgresql, added to Flyway's locations by DatabaseMigrations): the
-- full-text index of published comments for the search (issue 6). The expression is exactly the
-- one org.plenary.consultation.search.application.Search matches and ranks with, configuration
-- included, so the planner can use the index: to_tsvector('simple', c.comment_text).
-- H2 has no such index; its search is a word match (LIKE).

create index consultation_comment_text_fts_idx
  on consultation_comment using gin (to_tsvector('simple', comment_text));
