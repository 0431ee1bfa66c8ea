-- Uploaded files, stored on disk under a generated name (stored_name, a UUID) in the data
-- directory; original_name is sanitized metadata. A draft version may carry one (its PDF, DOCX
-- or ODT), kept by later versions until another is uploaded. Portable between H2 2.2 and
-- PostgreSQL 17.

create sequence stored_file_seq start with 50 increment by 50;
create table stored_file (
  id            bigint       primary key,
  stored_name   varchar(36)  not null,
  original_name varchar(200) not null,
  file_type     varchar(10)  not null,
  size_bytes    bigint       not null,
  created_at    timestamp with time zone not null,
  created_by    varchar(100) not null,
  constraint stored_file_name_uk unique (stored_name)
);

alter table draft_version add column file_id bigint;
alter table draft_version add constraint draft_version_file_fk
  foreign key (file_id) references stored_file (id);
