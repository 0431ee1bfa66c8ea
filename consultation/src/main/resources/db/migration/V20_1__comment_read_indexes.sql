-- Reads at a million comments (issue 8, point 2). Portable between H2 2.2 and PostgreSQL 17.
-- The first page of one section's comments, oldest first (Consultations.comments with a section
-- filter: consultation_id = ? and section_key = ? and published = true order by created_at, id)
-- reads its 50 rows in index order instead of sorting a third of the consultation, and its exact
-- count is an index-only scan. It replaces the index on (consultation_id, section_key), its prefix.
drop index consultation_comment_section_idx;
create index consultation_comment_section_page_idx
  on consultation_comment (consultation_id, section_key, published, created_at, id);
