-- The public list of meetings filters by the words of a meeting's published title, theme and city,
-- sorts by title and city, and tells upcoming meetings from past ones: each published version keeps
-- them beside its start date, as it has them (never the draft's).
-- Portable between H2 2.2 and PostgreSQL 17.

-- Null only for versions kept before this migration: their snapshot holds the values, which SQL
-- cannot read portably; PublishedAgendaBackfill fills them in at start-up, before any request.
alter table agenda_version add column title varchar(200);
alter table agenda_version add column theme varchar(300);
alter table agenda_version add column city varchar(100);
alter table agenda_version add column end_date date;
