-- Public consultations on one version of a draft, the public's comments on it (anchored to a
-- section by its stable key, or on the whole draft), their moderation and the drafter's responses.
-- Portable between H2 2.2 and PostgreSQL 17.

create sequence consultation_seq start with 50 increment by 50;
create table consultation (
  id                  bigint        primary key,
  draft_id            bigint        not null references draft (id),
  version_number      integer       not null,
  title               varchar(300)  not null,
  opens_at            timestamp with time zone not null,
  closes_at           timestamp with time zone not null,
  time_zone           varchar(60)   not null,
  drafter_kind        varchar(20)   not null,
  drafter_name        varchar(300)  not null,
  created_by          varchar(100)  not null,
  created_at          timestamp with time zone not null,
  report_published_at timestamp with time zone,
  version             bigint        not null
);
create index consultation_draft_idx on consultation (draft_id);
create index consultation_opens_idx on consultation (opens_at);

-- One row per comment, written by one INSERT in one short transaction. idempotency_key makes a
-- retried submission find its comment (unique per consultation: a concurrent duplicate fails and
-- re-reads). text_hash is the SHA-256 of the normalised text, so identical comments (campaigns)
-- group with a GROUP BY. An anonymous comment waits unpublished until its address is confirmed
-- with the mailed token (kept only as a SHA-256 hash).
create sequence consultation_comment_seq start with 50 increment by 50;
create table consultation_comment (
  id                 bigint        primary key,
  consultation_id    bigint        not null references consultation (id),
  section_key        varchar(20),
  section_number     integer,
  comment_text       varchar(10000) not null,
  text_hash          varchar(64)   not null,
  author_name        varchar(200)  not null,
  email              varchar(254),
  username           varchar(100),
  category           varchar(30)   not null,
  country            varchar(2)    not null,
  mail_language      varchar(5)    not null,
  idempotency_key    varchar(200),
  token_hash         varchar(64),
  published          boolean       not null,
  created_at         timestamp with time zone not null,
  published_at       timestamp with time zone,
  hidden_reason      varchar(1000),
  hidden_by          varchar(100),
  hidden_at          timestamp with time zone,
  response_outcome   varchar(30),
  response_text      varchar(10000),
  resolved_version   integer,
  resolved_section   varchar(100),
  responded_by       varchar(100),
  responded_at       timestamp with time zone,
  version            bigint        not null,
  constraint consultation_comment_idempotency_uk unique (consultation_id, idempotency_key),
  constraint consultation_comment_token_uk unique (token_hash)
);
create index consultation_comment_created_idx on consultation_comment (consultation_id, created_at);
create index consultation_comment_section_idx on consultation_comment (consultation_id, section_key);
create index consultation_comment_hash_idx on consultation_comment (consultation_id, text_hash);
