-- A meeting may be hosted by a working group (core's working_group): the group's space lists it and
-- the meeting's page links to the space. Portable between H2 2.2 and PostgreSQL 17.

alter table meeting add column working_group_id bigint;
alter table meeting add constraint meeting_working_group_fk
  foreign key (working_group_id) references working_group (id);
create index meeting_working_group_idx on meeting (working_group_id);
