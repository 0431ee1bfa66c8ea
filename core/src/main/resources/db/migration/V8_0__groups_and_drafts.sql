-- Working groups with their members, and drafts owned by a group: numbered immutable versions of
-- ordered sections, and the trail of the draft's status. Portable between H2 2.2 and PostgreSQL 17.

create sequence working_group_seq start with 50 increment by 50;
create table working_group (
  id          bigint        primary key,
  slug        varchar(80)   not null,
  name        varchar(200)  not null,
  kind        varchar(30)   not null,
  description varchar(2000),
  created_at  timestamp with time zone not null,
  version     bigint        not null,
  constraint working_group_slug_uk unique (slug)
);

create sequence group_membership_seq start with 50 increment by 50;
create table group_membership (
  id        bigint      primary key,
  group_id  bigint      not null references working_group (id),
  person_id bigint      not null references person (id),
  role      varchar(20) not null,
  since     timestamp with time zone not null,
  version   bigint      not null,
  constraint group_membership_uk unique (group_id, person_id)
);
create index group_membership_person_idx on group_membership (person_id);

create sequence draft_seq start with 50 increment by 50;
create table draft (
  id               bigint       primary key,
  group_id         bigint       not null references working_group (id),
  title            varchar(300) not null,
  status           varchar(30)  not null,
  latest_version   integer      not null,
  last_section_key integer      not null,
  created_at       timestamp with time zone not null,
  version          bigint       not null
);
create index draft_group_idx on draft (group_id);

create sequence draft_version_seq start with 50 increment by 50;
create table draft_version (
  id          bigint       primary key,
  draft_id    bigint       not null references draft (id),
  number      integer      not null,
  author      varchar(100) not null,
  author_name varchar(200) not null,
  created_at  timestamp with time zone not null,
  change_note varchar(500),
  constraint draft_version_uk unique (draft_id, number)
);
create index draft_version_created_idx on draft_version (created_at);

-- A version's sections in order. section_key (s1, s2...) stays with a section from version to
-- version, so two versions are compared section by section even after a reordering or a renaming.
-- body is sanitized HTML; varchar(1000000) fits H2 (up to 1048576) and PostgreSQL.
create table draft_section (
  version_id  bigint          not null references draft_version (id),
  position    integer         not null,
  section_key varchar(20)     not null,
  heading     varchar(300)    not null,
  body        varchar(1000000) not null,
  constraint draft_section_pk primary key (version_id, position)
);

create table draft_status_change (
  draft_id   bigint       not null references draft (id),
  position   integer      not null,
  status     varchar(30)  not null,
  changed_at timestamp with time zone not null,
  changed_by varchar(100) not null,
  constraint draft_status_change_pk primary key (draft_id, position)
);
