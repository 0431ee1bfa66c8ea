-- Delegations: per meeting, a country's (or organisation's) delegation with a head, members and
-- alternates, all people of that organisation. Portable between H2 2.2 and PostgreSQL 17.

create sequence delegation_seq start with 50 increment by 50;
create table delegation (
  id              bigint not null,
  meeting_id      bigint not null,
  organisation_id bigint not null,
  version         bigint not null,
  constraint delegation_pk primary key (id),
  constraint delegation_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint delegation_organisation_fk foreign key (organisation_id) references organisation (id),
  constraint delegation_meeting_organisation_uk unique (meeting_id, organisation_id)
);

create sequence delegation_member_seq start with 50 increment by 50;
create table delegation_member (
  id            bigint      not null,
  delegation_id bigint      not null,
  person_id     bigint      not null,
  member_role   varchar(20) not null,
  constraint delegation_member_pk primary key (id),
  constraint delegation_member_delegation_fk foreign key (delegation_id) references delegation (id),
  constraint delegation_member_person_fk foreign key (person_id) references person (id),
  constraint delegation_member_person_uk unique (delegation_id, person_id),
  constraint delegation_member_role_ck check (member_role in ('HEAD', 'MEMBER', 'ALTERNATE'))
);
create index delegation_member_person_idx on delegation_member (person_id);
