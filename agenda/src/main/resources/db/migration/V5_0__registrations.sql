-- Registrations for meetings and the seats of each meeting's social event.
-- Portable between H2 2.2 and PostgreSQL 17. Seats are counted in social_event_seats by
-- conditional updates ("taken = taken + 1 where taken < capacity"), never by counting rows.

create sequence registration_seq start with 50 increment by 50;
create table registration (
  id                  bigint        not null,
  meeting_id          bigint        not null,
  person_id           bigint        not null,
  attendance          varchar(20)   not null,
  social_event        varchar(20)   not null,
  waiting_ticket      integer,
  dietary_needs       varchar(500),
  accessibility_needs varchar(500),
  registered_at       timestamp with time zone not null,
  version             bigint        not null,
  constraint registration_pk primary key (id),
  constraint registration_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint registration_person_fk foreign key (person_id) references person (id),
  -- one registration per person and meeting: a retried request can never register twice
  constraint registration_person_meeting_uk unique (person_id, meeting_id),
  constraint registration_waiting_ck check (waiting_ticket is null or social_event = 'WAITING')
);
create index registration_meeting_waiting_idx on registration (meeting_id, social_event, waiting_ticket);

create table registration_day (
  registration_id bigint not null,
  day_date        date   not null,
  constraint registration_day_pk primary key (registration_id, day_date),
  constraint registration_day_registration_fk foreign key (registration_id) references registration (id)
);

create table registration_side_meeting (
  registration_id bigint not null,
  meeting_id      bigint not null,
  constraint registration_side_meeting_pk primary key (registration_id, meeting_id),
  constraint registration_side_meeting_registration_fk foreign key (registration_id) references registration (id),
  constraint registration_side_meeting_meeting_fk foreign key (meeting_id) references meeting (id)
);

create sequence social_event_seats_seq start with 50 increment by 50;
create table social_event_seats (
  id          bigint  not null,
  meeting_id  bigint  not null,
  capacity    integer not null,
  taken       integer not null,
  last_ticket integer not null,
  constraint social_event_seats_pk primary key (id),
  constraint social_event_seats_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint social_event_seats_meeting_uk unique (meeting_id),
  constraint social_event_seats_capacity_ck check (capacity >= 0 and taken >= 0)
);
