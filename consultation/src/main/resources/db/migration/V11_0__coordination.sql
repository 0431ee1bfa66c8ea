-- Interministerial coordination rounds. Portable between H2 2.2 and PostgreSQL 17.

-- Public holidays per jurisdiction (ISO 3166 alpha-2), for deadlines counted in working days.
-- Data, not code: add rows for more years or jurisdictions with a later migration or by hand.
-- EE: the model (Estonia's Public Holidays and Days of National Importance Act), LU: the demo
-- ministry, BE: the demo meeting's host, FR: the OECD Secretariat's seat. Holidays that fall on a
-- weekend are listed too (none of these moves them to a weekday).
create sequence public_holiday_seq start with 50 increment by 50;
create table public_holiday (
  id           bigint       primary key,
  jurisdiction varchar(10)  not null,
  holiday      date         not null,
  name         varchar(200) not null,
  constraint public_holiday_uk unique (jurisdiction, holiday)
);

insert into public_holiday (id, jurisdiction, holiday, name) values
  (1, 'EE', date '2026-01-01', 'New Year''s Day'),
  (2, 'EE', date '2026-02-24', 'Independence Day'),
  (3, 'EE', date '2026-04-03', 'Good Friday'),
  (4, 'EE', date '2026-04-05', 'Easter Sunday'),
  (5, 'EE', date '2026-05-01', 'Spring Day'),
  (6, 'EE', date '2026-05-24', 'Pentecost'),
  (7, 'EE', date '2026-06-23', 'Victory Day'),
  (8, 'EE', date '2026-06-24', 'Midsummer Day'),
  (9, 'EE', date '2026-08-20', 'Day of Restoration of Independence'),
  (10, 'EE', date '2026-12-24', 'Christmas Eve'),
  (11, 'EE', date '2026-12-25', 'Christmas Day'),
  (12, 'EE', date '2026-12-26', 'Boxing Day'),
  (13, 'EE', date '2027-01-01', 'New Year''s Day'),
  (14, 'EE', date '2027-02-24', 'Independence Day'),
  (15, 'EE', date '2027-03-26', 'Good Friday'),
  (16, 'EE', date '2027-03-28', 'Easter Sunday'),
  (17, 'EE', date '2027-05-01', 'Spring Day'),
  (18, 'EE', date '2027-05-16', 'Pentecost'),
  (19, 'EE', date '2027-06-23', 'Victory Day'),
  (20, 'EE', date '2027-06-24', 'Midsummer Day'),
  (21, 'EE', date '2027-08-20', 'Day of Restoration of Independence'),
  (22, 'EE', date '2027-12-24', 'Christmas Eve'),
  (23, 'EE', date '2027-12-25', 'Christmas Day'),
  (24, 'EE', date '2027-12-26', 'Boxing Day'),
  (101, 'LU', date '2026-01-01', 'New Year''s Day'),
  (102, 'LU', date '2026-04-06', 'Easter Monday'),
  (103, 'LU', date '2026-05-01', 'Labour Day'),
  (104, 'LU', date '2026-05-09', 'Europe Day'),
  (105, 'LU', date '2026-05-14', 'Ascension Day'),
  (106, 'LU', date '2026-05-25', 'Whit Monday'),
  (107, 'LU', date '2026-06-23', 'National Day'),
  (108, 'LU', date '2026-08-15', 'Assumption Day'),
  (109, 'LU', date '2026-11-01', 'All Saints'' Day'),
  (110, 'LU', date '2026-12-25', 'Christmas Day'),
  (111, 'LU', date '2026-12-26', 'St Stephen''s Day'),
  (112, 'LU', date '2027-01-01', 'New Year''s Day'),
  (113, 'LU', date '2027-03-29', 'Easter Monday'),
  (114, 'LU', date '2027-05-01', 'Labour Day'),
  (115, 'LU', date '2027-05-06', 'Ascension Day'),
  (116, 'LU', date '2027-05-09', 'Europe Day'),
  (117, 'LU', date '2027-05-17', 'Whit Monday'),
  (118, 'LU', date '2027-06-23', 'National Day'),
  (119, 'LU', date '2027-08-15', 'Assumption Day'),
  (120, 'LU', date '2027-11-01', 'All Saints'' Day'),
  (121, 'LU', date '2027-12-25', 'Christmas Day'),
  (122, 'LU', date '2027-12-26', 'St Stephen''s Day'),
  (201, 'BE', date '2026-01-01', 'New Year''s Day'),
  (202, 'BE', date '2026-04-06', 'Easter Monday'),
  (203, 'BE', date '2026-05-01', 'Labour Day'),
  (204, 'BE', date '2026-05-14', 'Ascension Day'),
  (205, 'BE', date '2026-05-25', 'Whit Monday'),
  (206, 'BE', date '2026-07-21', 'National Day'),
  (207, 'BE', date '2026-08-15', 'Assumption Day'),
  (208, 'BE', date '2026-11-01', 'All Saints'' Day'),
  (209, 'BE', date '2026-11-11', 'Armistice Day'),
  (210, 'BE', date '2026-12-25', 'Christmas Day'),
  (211, 'BE', date '2027-01-01', 'New Year''s Day'),
  (212, 'BE', date '2027-03-29', 'Easter Monday'),
  (213, 'BE', date '2027-05-01', 'Labour Day'),
  (214, 'BE', date '2027-05-06', 'Ascension Day'),
  (215, 'BE', date '2027-05-17', 'Whit Monday'),
  (216, 'BE', date '2027-07-21', 'National Day'),
  (217, 'BE', date '2027-08-15', 'Assumption Day'),
  (218, 'BE', date '2027-11-01', 'All Saints'' Day'),
  (219, 'BE', date '2027-11-11', 'Armistice Day'),
  (220, 'BE', date '2027-12-25', 'Christmas Day'),
  (301, 'FR', date '2026-01-01', 'New Year''s Day'),
  (302, 'FR', date '2026-04-06', 'Easter Monday'),
  (303, 'FR', date '2026-05-01', 'Labour Day'),
  (304, 'FR', date '2026-05-08', 'Victory in Europe Day'),
  (305, 'FR', date '2026-05-14', 'Ascension Day'),
  (306, 'FR', date '2026-05-25', 'Whit Monday'),
  (307, 'FR', date '2026-07-14', 'Bastille Day'),
  (308, 'FR', date '2026-08-15', 'Assumption Day'),
  (309, 'FR', date '2026-11-01', 'All Saints'' Day'),
  (310, 'FR', date '2026-11-11', 'Armistice Day'),
  (311, 'FR', date '2026-12-25', 'Christmas Day'),
  (312, 'FR', date '2027-01-01', 'New Year''s Day'),
  (313, 'FR', date '2027-03-29', 'Easter Monday'),
  (314, 'FR', date '2027-05-01', 'Labour Day'),
  (315, 'FR', date '2027-05-06', 'Ascension Day'),
  (316, 'FR', date '2027-05-08', 'Victory in Europe Day'),
  (317, 'FR', date '2027-05-17', 'Whit Monday'),
  (318, 'FR', date '2027-07-14', 'Bastille Day'),
  (319, 'FR', date '2027-08-15', 'Assumption Day'),
  (320, 'FR', date '2027-11-01', 'All Saints'' Day'),
  (321, 'FR', date '2027-11-11', 'Armistice Day'),
  (322, 'FR', date '2027-12-25', 'Christmas Day');

-- A round on one version of a draft. The deadline is a calendar date in the round's time zone
-- (the whole day counts); status PLANNED/OPEN follows from opens_at, CLOSED from closed_at.
create sequence coordination_round_seq start with 50 increment by 50;
create table coordination_round (
  id             bigint       primary key,
  draft_id       bigint       not null references draft (id),
  draft_version  integer      not null,
  drafter_id     bigint       not null references organisation (id),
  jurisdiction   varchar(10)  not null,
  opens_at       timestamp with time zone not null,
  time_zone      varchar(60)  not null,
  working_days   integer      not null,
  deadline       date         not null,
  created_by     varchar(100) not null,
  created_at     timestamp with time zone not null,
  closed_at      timestamp with time zone,
  closed_by      varchar(100),
  version        bigint       not null
);
create index coordination_round_draft_idx on coordination_round (draft_id);

-- A consulted body of a round, with a summary of its current (latest) position that the
-- coordination table reads without touching the history. reminder_sent_at is set by one
-- conditional UPDATE, so a reminder goes out once even with two nodes or after a restart.
create sequence consulted_body_seq start with 50 increment by 50;
create table consulted_body (
  id                bigint      primary key,
  round_id          bigint      not null references coordination_round (id),
  organisation_id   bigint      not null references organisation (id),
  entries           integer     not null,
  current_entry_id  bigint,
  current_position  varchar(30),
  current_remarks   integer     not null,
  open_fundamentals integer     not null,
  last_entry_at     timestamp with time zone,
  reminder_sent_at  timestamp with time zone,
  version           bigint      not null,
  constraint consulted_body_uk unique (round_id, organisation_id)
);
create index consulted_body_organisation_idx on consulted_body (organisation_id);

-- Positions are never changed: a correction is the next entry (number) of the body.
create sequence position_entry_seq start with 50 increment by 50;
create table position_entry (
  id                bigint        primary key,
  body_id           bigint        not null references consulted_body (id),
  number            integer       not null,
  position          varchar(30)   not null,
  note              varchar(4000),
  submitted_by      varchar(100)  not null,
  submitted_by_name varchar(200)  not null,
  submitted_at      timestamp with time zone not null,
  constraint position_entry_uk unique (body_id, number)
);

create table position_remark (
  entry_id    bigint        not null references position_entry (id),
  number      integer       not null,
  kind        varchar(20)   not null,
  section_key varchar(20),
  text        varchar(4000) not null,
  constraint position_remark_pk primary key (entry_id, number)
);

-- The drafter settles a fundamental remark once; the settlement is never changed either.
create sequence remark_settlement_seq start with 50 increment by 50;
create table remark_settlement (
  id            bigint        primary key,
  entry_id      bigint        not null references position_entry (id),
  remark_number integer       not null,
  note          varchar(4000) not null,
  settled_by    varchar(100)  not null,
  settled_at    timestamp with time zone not null,
  constraint remark_settlement_uk unique (entry_id, remark_number)
);
