-- The drafter's answers to the remarks of a coordination round, and the publication of its table
-- of remarks and responses. Portable between H2 2.2 and PostgreSQL 17.

-- Answers are never edited: answering a remark again adds its next revision (1, 2, 3...) and
-- marks the one before as no longer current, so the table reads one current answer per remark
-- and the history of who answered what, and when, stays.
create sequence remark_response_seq start with 50 increment by 50;
create table remark_response (
  id             bigint        primary key,
  entry_id       bigint        not null references position_entry (id),
  remark_number  integer       not null,
  revision       integer       not null,
  outcome        varchar(20)   not null,
  explanation    varchar(4000),
  answered_by    varchar(100)  not null,
  answered_by_name varchar(200) not null,
  answered_at    timestamp with time zone not null,
  is_current     boolean       not null,
  constraint remark_response_uk unique (entry_id, remark_number, revision)
);
create index remark_response_current_idx on remark_response (entry_id, is_current);

-- How many remarks of the body's current position have an answer (the rest are unanswered).
alter table consulted_body add column answered_remarks integer default 0 not null;

-- Once published, the table is public.
alter table coordination_round add column table_published_at timestamp with time zone;
alter table coordination_round add column table_published_by varchar(100);
