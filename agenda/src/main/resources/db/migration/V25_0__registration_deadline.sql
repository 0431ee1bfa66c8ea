-- The last day on which people may register for a meeting or change their registration, in the
-- meeting's time zone; the secretariat sets it on the registration desk. No row: registration stays
-- open. Cancelling stays possible after it. Portable between H2 2.2 and PostgreSQL 17.
create table registration_deadline (
  meeting_id  bigint not null,
  closes_on   date   not null,
  constraint registration_deadline_pk primary key (meeting_id),
  constraint registration_deadline_meeting_fk foreign key (meeting_id) references meeting (id)
);
