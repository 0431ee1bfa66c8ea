-- Who wrote a progress note on a decision or action is shown by name, as on drafts' versions and
-- comments: the public monitor showed the user name, which for invited and approved accounts is
-- their e-mail address. The user name stays (it decides nothing shown; erasure renames it).
-- Portable between H2 2.2 and PostgreSQL 17.
alter table action_note add column author_name varchar(200);
update action_note set author_name = coalesce(
  (select p.full_name from account a join person p on p.id = a.person_id
    where a.username = action_note.author),
  case when action_note.author like 'erased-%' then 'Erased person' else 'Plenary' end);
alter table action_note alter column author_name set not null;
