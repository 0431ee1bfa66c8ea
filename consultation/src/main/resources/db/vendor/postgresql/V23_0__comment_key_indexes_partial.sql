-- PostgreSQL only (db/vendor/postgresql; H2 has no partial index and keeps V10_0's constraints):
-- the two unique keys of a comment index only the rows that have one. Most comments have neither:
-- the mailed token's hash is cleared once the author confirms, and comments handed in by a bulk
-- upload or without an Idempotency-Key have no key. A plain unique index stored a null entry for
-- each of them, which every INSERT paid for (issue 8: a bulk upload of a million comments stored
-- two million entries nobody looks up). Uniqueness is the same, nulls were never compared; every
-- look-up names a value (= ?), which implies IS NOT NULL, so the planner still uses the index. A
-- duplicate still fails with SQLSTATE 23505 (CommentStore.uniqueViolation).
alter table consultation_comment drop constraint consultation_comment_idempotency_uk;
create unique index consultation_comment_idempotency_uk
  on consultation_comment (consultation_id, idempotency_key) where idempotency_key is not null;

alter table consultation_comment drop constraint consultation_comment_token_uk;
create unique index consultation_comment_token_uk
  on consultation_comment (token_hash) where token_hash is not null;
