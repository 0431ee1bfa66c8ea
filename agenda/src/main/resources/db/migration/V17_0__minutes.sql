-- Outcomes (1): the minutes of a published meeting, one record per agenda item: a summary, an
-- answer per key question (aligned with the item's questions), the decisions taken, and the
-- rapporteur the secretariat may name to write it. Portable between H2 2.2 and PostgreSQL 17.

create sequence item_minutes_seq start with 50 increment by 50;
create table item_minutes (
  id            bigint        not null,
  meeting_id    bigint        not null,
  item_key      varchar(20)   not null,
  summary       varchar(8000),
  decisions     varchar(8000),
  rapporteur_id bigint,
  updated_at    timestamp with time zone not null,
  updated_by    varchar(100)  not null,
  version       bigint        not null,
  constraint item_minutes_pk primary key (id),
  constraint item_minutes_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint item_minutes_rapporteur_fk foreign key (rapporteur_id) references person (id),
  constraint item_minutes_uk unique (meeting_id, item_key)
);
create index item_minutes_rapporteur_idx on item_minutes (rapporteur_id);

create table item_minutes_answer (
  minutes_id bigint        not null,
  position   integer       not null,
  question   varchar(1000) not null,
  answer     varchar(4000),
  constraint item_minutes_answer_pk primary key (minutes_id, position),
  constraint item_minutes_answer_fk foreign key (minutes_id) references item_minutes (id)
);
