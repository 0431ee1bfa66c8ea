-- H2 only (db/vendor/h2): H2 has no expression index, so the counterpart of PostgreSQL's
-- consultation_comment_report_idx is on the plain column (a whole-draft comment's null section
-- sorts first, as coalesce(section_number, 0) does).
create index consultation_comment_report_idx
  on consultation_comment (consultation_id, published, section_number, id);
