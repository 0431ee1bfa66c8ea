-- Agenda planning: item keys, split sessions, linked documents, organisations in roles, day hours,
-- and numbered published versions of an agenda stored as JSON snapshots.
-- Portable between H2 2.2 and PostgreSQL 17: varchar(1000000) fits both (H2 allows up to
-- 1048576 characters, PostgreSQL up to 10485760).

alter table meeting add column last_item_number integer default 0 not null;
alter table meeting add column published_version integer default 0 not null;

alter table meeting_day add column opens_at time;
alter table meeting_day add column closes_at time;

-- Items planned before keys existed get the key of their id; new keys continue after them.
alter table agenda_item add column item_key varchar(20);
update agenda_item set item_key = 'i' || cast(id as varchar(20));
alter table agenda_item alter column item_key set not null;
update meeting set last_item_number = (select coalesce(max(i.id), 0) from agenda_item i);
alter table agenda_item add column continued boolean default false not null;
create index agenda_item_key_idx on agenda_item (item_key);

alter table agenda_item_role add column organisation_id bigint;
alter table agenda_item_role add constraint agenda_item_role_organisation_fk
  foreign key (organisation_id) references organisation (id);
alter table meeting_role add column organisation_id bigint;
alter table meeting_role add constraint meeting_role_organisation_fk
  foreign key (organisation_id) references organisation (id);

create table agenda_item_document (
  agenda_item_id bigint         not null,
  position       integer        not null,
  title          varchar(300)   not null,
  url            varchar(2000)  not null,
  constraint agenda_item_document_pk primary key (agenda_item_id, position),
  constraint agenda_item_document_item_fk foreign key (agenda_item_id) references agenda_item (id)
);

create sequence agenda_version_seq start with 50 increment by 50;
create table agenda_version (
  id           bigint           not null,
  meeting_id   bigint           not null,
  number       integer          not null,
  label        varchar(30)      not null,
  published_at timestamp with time zone not null,
  snapshot     varchar(1000000) not null,
  constraint agenda_version_pk primary key (id),
  constraint agenda_version_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint agenda_version_number_uk unique (meeting_id, number)
);

-- Meetings published before versions existed are version 1; their snapshot is written at start-up
-- by PublishedAgendaBackfill, which needs the agenda model to write it.
update meeting set published_version = 1 where agenda_status = 'PUBLISHED';
