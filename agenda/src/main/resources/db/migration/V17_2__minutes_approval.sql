-- Outcomes (3): approving the minutes. The secretariat circulates a meeting's draft minutes to its
-- registered participants with a comment window; participants propose corrections anchored to a
-- quoted passage of an item's record; the secretariat decides each with a reason, then approves:
-- every item's record is frozen (approved_minutes_item, never updated) as the circulation's
-- number, the version of the approved minutes. Portable between H2 2.2 and PostgreSQL 17.

create sequence minutes_circulation_seq start with 50 increment by 50;
create table minutes_circulation (
  id             bigint        not null,
  meeting_id     bigint        not null,
  version_number integer       not null,
  circulated_at  timestamp with time zone not null,
  circulated_by  varchar(100)  not null,
  closes_at      timestamp with time zone not null,
  approved_at    timestamp with time zone,
  approved_by    varchar(100),
  version        bigint        not null,
  constraint minutes_circulation_pk primary key (id),
  constraint minutes_circulation_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint minutes_circulation_uk unique (meeting_id, version_number)
);

create sequence minutes_correction_seq start with 50 increment by 50;
create table minutes_correction (
  id                  bigint        not null,
  circulation_id      bigint        not null,
  meeting_id          bigint        not null,
  correction_number   integer       not null,
  item_key            varchar(20)   not null,
  item_title          varchar(300)  not null,
  passage             varchar(2000) not null,
  wording             varchar(4000) not null,
  remark              varchar(2000),
  proposer_id         bigint        not null,
  proposer_name       varchar(200)  not null,
  proposer_delegation varchar(300),
  proposed_at         timestamp with time zone not null,
  decision            varchar(20)   not null,
  reason              varchar(2000),
  decided_by          varchar(100),
  decided_at          timestamp with time zone,
  version             bigint        not null,
  constraint minutes_correction_pk primary key (id),
  constraint minutes_correction_circulation_fk foreign key (circulation_id) references minutes_circulation (id),
  constraint minutes_correction_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint minutes_correction_proposer_fk foreign key (proposer_id) references person (id),
  constraint minutes_correction_uk unique (meeting_id, correction_number)
);
create index minutes_correction_circulation_idx on minutes_correction (circulation_id, correction_number);
create index minutes_correction_proposer_idx on minutes_correction (proposer_id);

create sequence approved_minutes_item_seq start with 50 increment by 50;
create table approved_minutes_item (
  id              bigint        not null,
  circulation_id  bigint        not null,
  position        integer       not null,
  item_key        varchar(20)   not null,
  session_number  integer,
  title           varchar(300)  not null,
  item_date       date          not null,
  start_time      time,
  summary         varchar(8000),
  decisions       varchar(8000),
  constraint approved_minutes_item_pk primary key (id),
  constraint approved_minutes_item_circulation_fk foreign key (circulation_id) references minutes_circulation (id),
  constraint approved_minutes_item_uk unique (circulation_id, position)
);

create table approved_minutes_answer (
  item_id   bigint        not null,
  position  integer       not null,
  question  varchar(1000) not null,
  answer    varchar(4000),
  constraint approved_minutes_answer_pk primary key (item_id, position),
  constraint approved_minutes_answer_fk foreign key (item_id) references approved_minutes_item (id)
);
