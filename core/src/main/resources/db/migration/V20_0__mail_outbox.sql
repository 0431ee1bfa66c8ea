-- Mail waiting to be sent (issue 8: no SMTP on the request thread). A row is written in the
-- transaction that fires the mail, so a rolled-back change sends nothing and a committed one keeps
-- its mail until the SMTP server has accepted it; then the row is deleted. A sender claims a row
-- (claimed_until) before sending, so that two nodes never send one mail twice.
-- Portable between H2 2.2 and PostgreSQL 17.

create sequence mail_outbox_seq start with 50 increment by 50;

create table mail_outbox (
  id              bigint       primary key,
  recipient       varchar(1000) not null,
  subject         varchar(1000) not null,
  message         bytea        not null,
  created_at      timestamp with time zone not null,
  attempts        integer      not null,
  next_attempt_at timestamp with time zone not null,
  claimed_until   timestamp with time zone
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at);
