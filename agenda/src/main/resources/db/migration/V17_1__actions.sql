-- Outcomes (3): decisions and action items of a meeting, each with one owner (a person, an
-- organisation such as a delegation or a ministry, or a working group), a due date, a status and
-- dated progress notes; reminded_at marks the one overdue reminder. Portable H2 2.2 / PostgreSQL 17.

create sequence action_item_seq start with 50 increment by 50;
create table action_item (
  id                    bigint        not null,
  action_key            varchar(20)   not null,
  meeting_id            bigint        not null,
  item_key              varchar(20),
  kind                  varchar(20)   not null,
  title                 varchar(500)  not null,
  owner_kind            varchar(20)   not null,
  owner_person_id       bigint,
  owner_organisation_id bigint,
  owner_group_id        bigint,
  owner_name            varchar(200)  not null,
  draft_id              bigint,
  due_date              date          not null,
  status                varchar(20)   not null,
  created_at            timestamp with time zone not null,
  updated_at            timestamp with time zone not null,
  reminded_at           timestamp with time zone,
  version               bigint        not null,
  constraint action_item_pk primary key (id),
  constraint action_item_key_uk unique (action_key),
  constraint action_item_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint action_item_person_fk foreign key (owner_person_id) references person (id),
  constraint action_item_organisation_fk foreign key (owner_organisation_id) references organisation (id),
  constraint action_item_group_fk foreign key (owner_group_id) references working_group (id),
  constraint action_item_draft_fk foreign key (draft_id) references draft (id),
  constraint action_item_status_ck check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'))
);
create index action_item_meeting_idx on action_item (meeting_id, status);
create index action_item_due_idx on action_item (due_date, status);

create sequence action_note_seq start with 50 increment by 50;
create table action_note (
  id         bigint        not null,
  action_id  bigint        not null,
  written_at timestamp with time zone not null,
  author     varchar(100)  not null,
  status     varchar(20)   not null,
  note_text  varchar(2000),
  constraint action_note_pk primary key (id),
  constraint action_note_action_fk foreign key (action_id) references action_item (id)
);
create index action_note_action_idx on action_note (action_id);
