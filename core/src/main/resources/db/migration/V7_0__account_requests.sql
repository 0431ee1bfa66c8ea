-- Account requests (someone asks for an account and confirms their e-mail address; the
-- secretariat approves or declines) and invitations (the secretariat invites someone, who sets a
-- password). Single-use tokens are kept only as SHA-256 hashes. Portable between H2 and PostgreSQL.

create sequence account_request_seq start with 50 increment by 50;
create table account_request (
  id                bigint        not null,
  kind              varchar(20)   not null,
  status            varchar(30)   not null,
  full_name         varchar(200)  not null,
  email             varchar(100)  not null,
  organisation_name varchar(200),
  country_code      char(2),
  category          varchar(40),
  requested_role    varchar(20)   not null,
  password_hash     varchar(500),
  language          varchar(10)   not null,
  token_hash        varchar(64),
  token_expires_at  timestamp with time zone,
  created_at        timestamp with time zone not null,
  confirmed_at      timestamp with time zone,
  decided_at        timestamp with time zone,
  decided_by        varchar(100),
  decline_reason    varchar(1000),
  username          varchar(100),
  version           bigint        not null,
  constraint account_request_pk primary key (id),
  constraint account_request_token_uk unique (token_hash)
);
create index account_request_status_idx on account_request (status, created_at);
create index account_request_email_idx on account_request (email);
