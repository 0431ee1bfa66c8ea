-- Agenda versions: who published each one, and the meeting's start date as that version has it
-- (the public list of meetings sorts by the published dates, never by the draft's).
-- Portable between H2 2.2 and PostgreSQL 17.

alter table agenda_version add column published_by varchar(100);
-- Null only for versions kept before this migration: their snapshot holds the date, which SQL cannot
-- read portably; PublishedAgendaBackfill fills it in at start-up, before any request is served.
alter table agenda_version add column start_date date;
create index agenda_version_start_idx on agenda_version (start_date);

-- Every edit of an agenda locks its meeting (optimistic lock on meeting.version); the items' own
-- version column was never read or compared.
alter table agenda_item drop column version;
