-- Comments of a group on its drafts. A thread (thread_id null) is opened on a version and anchored
-- to a section by its key (so it stays with the section in later versions) and optionally to a
-- quoted passage with its offsets in the section's plain text; replies point to their thread and
-- repeat its anchor. Portable between H2 2.2 and PostgreSQL 17.

create sequence draft_comment_seq start with 50 increment by 50;
create table draft_comment (
  id               bigint        primary key,
  draft_id         bigint        not null references draft (id),
  version_number   integer       not null,
  section_key      varchar(20)   not null,
  quote            varchar(1000),
  quote_start      integer,
  quote_end        integer,
  thread_id        bigint        references draft_comment (id),
  author           varchar(100)  not null,
  author_name      varchar(200)  not null,
  body             varchar(4000) not null,
  created_at       timestamp with time zone not null,
  state            varchar(10)   not null,
  state_changed_at timestamp with time zone,
  state_changed_by varchar(100),
  version          bigint        not null
);
create index draft_comment_draft_idx on draft_comment (draft_id, section_key);
create index draft_comment_thread_idx on draft_comment (thread_id);
