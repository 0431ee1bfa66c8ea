-- Meetings and their agendas: days, items with their key questions, roles and steps.
-- Ids come from sequences that match allocationSize = 50 of the JPA entities.
-- Portable between H2 2.2 and PostgreSQL 17: no text, no identity columns, no vendor functions.

create sequence meeting_seq start with 50 increment by 50;
create table meeting (
  id                  bigint        not null,
  slug                varchar(100)  not null,
  title               varchar(200)  not null,
  theme               varchar(300),
  body                varchar(300),
  description         varchar(8000),
  venue_name          varchar(200)  not null,
  venue_address       varchar(500),
  venue_city          varchar(100)  not null,
  time_zone           varchar(60)   not null,
  start_date          date          not null,
  end_date            date          not null,
  agenda_status       varchar(20)   not null,
  agenda_label        varchar(30),
  agenda_published_at timestamp with time zone,
  main_meeting_id     bigint,
  version             bigint        not null,
  constraint meeting_pk primary key (id),
  constraint meeting_slug_uk unique (slug),
  constraint meeting_main_meeting_fk foreign key (main_meeting_id) references meeting (id),
  constraint meeting_dates_ck check (end_date >= start_date)
);
create index meeting_main_meeting_idx on meeting (main_meeting_id);
create index meeting_status_start_idx on meeting (agenda_status, start_date);

create table meeting_role (
  meeting_id   bigint        not null,
  position     integer       not null,
  kind         varchar(40)   not null,
  label        varchar(300)  not null,
  contribution varchar(2000),
  person_id    bigint,
  constraint meeting_role_pk primary key (meeting_id, position),
  constraint meeting_role_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint meeting_role_person_fk foreign key (person_id) references person (id)
);
create index meeting_role_person_idx on meeting_role (person_id);

create sequence meeting_day_seq start with 50 increment by 50;
create table meeting_day (
  id                  bigint        not null,
  meeting_id          bigint        not null,
  day_date            date          not null,
  label               varchar(100)  not null,
  audience_categories varchar(400)  not null,
  audience_note       varchar(2000),
  note                varchar(2000),
  version             bigint        not null,
  constraint meeting_day_pk primary key (id),
  constraint meeting_day_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint meeting_day_date_uk unique (meeting_id, day_date)
);

create sequence agenda_item_seq start with 50 increment by 50;
create table agenda_item (
  id                  bigint        not null,
  day_id              bigint        not null,
  kind                varchar(30)   not null,
  session_number      integer,
  title               varchar(300)  not null,
  description         varchar(8000),
  format              varchar(30),
  start_time          time          not null,
  end_time            time          not null,
  room                varchar(100),
  audience_categories varchar(400),
  audience_note       varchar(2000),
  version             bigint        not null,
  constraint agenda_item_pk primary key (id),
  constraint agenda_item_day_fk foreign key (day_id) references meeting_day (id),
  constraint agenda_item_times_ck check (end_time > start_time),
  constraint agenda_item_session_number_ck check (session_number is null or session_number > 0)
);
create index agenda_item_day_start_idx on agenda_item (day_id, start_time);

create table agenda_item_key_question (
  agenda_item_id bigint         not null,
  position       integer        not null,
  question       varchar(1000)  not null,
  constraint agenda_item_key_question_pk primary key (agenda_item_id, position),
  constraint agenda_item_key_question_item_fk foreign key (agenda_item_id) references agenda_item (id)
);

create table agenda_item_role (
  agenda_item_id bigint        not null,
  position       integer       not null,
  kind           varchar(40)   not null,
  label          varchar(300)  not null,
  contribution   varchar(2000),
  person_id      bigint,
  constraint agenda_item_role_pk primary key (agenda_item_id, position),
  constraint agenda_item_role_item_fk foreign key (agenda_item_id) references agenda_item (id),
  constraint agenda_item_role_person_fk foreign key (person_id) references person (id)
);
create index agenda_item_role_person_idx on agenda_item_role (person_id);

create table agenda_item_step (
  agenda_item_id bigint        not null,
  position       integer       not null,
  step_time      time          not null,
  label          varchar(200)  not null,
  constraint agenda_item_step_pk primary key (agenda_item_id, position),
  constraint agenda_item_step_item_fk foreign key (agenda_item_id) references agenda_item (id)
);
