-- A sender claims outbox rows in groups (issue 8: two commits per mail were most of PostgreSQL's
-- commits during a burst of comments). Each claim marks its rows with a random number of its own,
-- so that the sender reads back exactly the rows it won, whatever another node claimed meanwhile.
-- Portable between H2 2.2 and PostgreSQL 17.

alter table mail_outbox add column claim_id bigint;
