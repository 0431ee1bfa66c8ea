-- The registration desk: the secretariat's decision on each registration (with the reason of a
-- refusal), the participant's consent to appear on the participant list, and the language the
-- participant registered in (for the mails they get). Portable between H2 2.2 and PostgreSQL 17.

alter table registration add column status varchar(20) default 'SUBMITTED' not null;
alter table registration add column decision_reason varchar(500);
alter table registration add column decided_at timestamp with time zone;
alter table registration add column listed boolean default false not null;
alter table registration add column language varchar(5) default 'en' not null;
alter table registration add constraint registration_status_ck
  check (status in ('SUBMITTED', 'APPROVED', 'DECLINED'));
create index registration_meeting_status_idx on registration (meeting_id, status);
