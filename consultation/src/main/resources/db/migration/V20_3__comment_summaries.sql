-- Summaries of a consultation's published comments that would otherwise be counted over all of
-- them on every request (issue 8, point 2): the statistics' charts and the campaign groups. Each is
-- computed on the database at most once per CommentSummaries.MAX_AGE and kept here, with the time
-- it was computed (pages and the API show it: "as of"). A moderation change (a comment hidden or
-- answered, a campaign answered) deletes the consultation's summaries in its own transaction, so
-- it shows at once; comments that arrive (through the application, a bulk upload or plain SQL)
-- show when the summary is older than MAX_AGE. Portable between H2 2.2 and PostgreSQL 17.

create table consultation_tally_snapshot (
  consultation_id bigint primary key references consultation (id),
  computed_at     timestamp with time zone not null
);
create table consultation_tally (
  consultation_id bigint       not null references consultation_tally_snapshot (consultation_id)
                                 on delete cascade,
  chart           varchar(10)  not null,
  position        integer      not null,
  tally_key       varchar(40)  not null,
  tally_count     bigint       not null,
  primary key (consultation_id, chart, position)
);

create table consultation_campaign_snapshot (
  consultation_id bigint primary key references consultation (id),
  computed_at     timestamp with time zone not null
);
-- groups of at least Campaigns.MIN_COPIES copies, position 1 the largest (then the oldest)
create table consultation_campaign_group (
  consultation_id bigint       not null references consultation_campaign_snapshot (consultation_id)
                                 on delete cascade,
  position        bigint       not null,
  text_hash       varchar(64)  not null,
  copies          bigint       not null,
  answered        bigint       not null,
  first_at        timestamp with time zone not null,
  last_at         timestamp with time zone not null,
  first_id        bigint       not null,
  primary key (consultation_id, position)
);
