-- PostgreSQL only (db/vendor/postgresql; H2 has its plain counterpart in db/vendor/h2): the report's
-- order (Consultations.report and reportAfter: published comments by coalesce(section_number, 0),
-- then id) read from an expression index instead of sorting the whole consultation, and the exact
-- count of its published comments as an index-only scan. The expression is exactly the queries'.
create index consultation_comment_report_idx
  on consultation_comment (consultation_id, published, (coalesce(section_number, 0)), id);
