-- A comment's attachment (issue 6): uploaded to a consultation first (a stored_file checked by
-- content, kept outside the web root), answered with a random token; the comment that names the
-- token takes it, once. Portable between H2 2.2 and PostgreSQL 17.

create sequence consultation_attachment_seq start with 50 increment by 50;
create table consultation_attachment (
  id              bigint       primary key,
  consultation_id bigint       not null references consultation (id),
  stored_file_id  bigint       not null references stored_file (id),
  token           varchar(64)  not null,
  comment_id      bigint       references consultation_comment (id),
  created_at      timestamp with time zone not null,
  version         bigint       not null,
  constraint consultation_attachment_token_uk unique (token),
  constraint consultation_attachment_file_uk unique (stored_file_id),
  constraint consultation_attachment_comment_uk unique (comment_id)
);
create index consultation_attachment_consultation_idx on consultation_attachment (consultation_id);
