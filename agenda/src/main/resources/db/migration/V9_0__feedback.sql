-- Feedback: evaluations of the sessions of a published agenda, the key questions the secretariat
-- opens for input, feedback forms (the standard satisfaction set among them) and their responses.
-- Portable between H2 2.2 and PostgreSQL 17. Sessions are named by their stable item key.

create sequence session_evaluation_seq start with 50 increment by 50;
create table session_evaluation (
  id           bigint        not null,
  meeting_id   bigint        not null,
  item_key     varchar(20)   not null,
  person_id    bigint        not null,
  rating       integer       not null,
  comment_text varchar(2000),
  created_at   timestamp with time zone not null,
  updated_at   timestamp with time zone not null,
  version      bigint        not null,
  constraint session_evaluation_pk primary key (id),
  constraint session_evaluation_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint session_evaluation_person_fk foreign key (person_id) references person (id),
  -- one evaluation per person and session; a second submission edits the first
  constraint session_evaluation_uk unique (meeting_id, item_key, person_id),
  constraint session_evaluation_rating_ck check (rating between 1 and 5)
);

create table session_evaluation_answer (
  evaluation_id bigint        not null,
  position      integer       not null,
  question      varchar(1000) not null,
  answer        varchar(2000) not null,
  constraint session_evaluation_answer_pk primary key (evaluation_id, position),
  constraint session_evaluation_answer_fk foreign key (evaluation_id) references session_evaluation (id)
);

create sequence key_questions_opening_seq start with 50 increment by 50;
create table key_questions_opening (
  id         bigint      not null,
  meeting_id bigint      not null,
  item_key   varchar(20) not null,
  opened_at  timestamp with time zone not null,
  constraint key_questions_opening_pk primary key (id),
  constraint key_questions_opening_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint key_questions_opening_uk unique (meeting_id, item_key)
);

create sequence feedback_form_seq start with 50 increment by 50;
create table feedback_form (
  id                  bigint       not null,
  meeting_id          bigint       not null,
  title               varchar(200) not null,
  opens_at            timestamp with time zone not null,
  closes_at           timestamp with time zone,
  -- set (to meeting_id) only on the meeting's standard satisfaction set: at most one per meeting
  standard_meeting_id bigint,
  version             bigint       not null,
  constraint feedback_form_pk primary key (id),
  constraint feedback_form_meeting_fk foreign key (meeting_id) references meeting (id),
  constraint feedback_form_standard_uk unique (standard_meeting_id)
);
create index feedback_form_meeting_idx on feedback_form (meeting_id);

create sequence feedback_question_seq start with 50 increment by 50;
create table feedback_question (
  id        bigint        not null,
  form_id   bigint        not null,
  position  integer       not null,
  code      varchar(40)   not null,
  kind      varchar(20)   not null,
  question_text varchar(1000) not null,
  required  boolean       not null,
  constraint feedback_question_pk primary key (id),
  constraint feedback_question_form_fk foreign key (form_id) references feedback_form (id),
  constraint feedback_question_code_uk unique (form_id, code)
);

create table feedback_question_choice (
  question_id bigint       not null,
  position    integer      not null,
  label       varchar(200) not null,
  constraint feedback_question_choice_pk primary key (question_id, position),
  constraint feedback_question_choice_fk foreign key (question_id) references feedback_question (id)
);

create sequence feedback_response_seq start with 50 increment by 50;
create table feedback_response (
  id           bigint not null,
  form_id      bigint not null,
  person_id    bigint not null,
  submitted_at timestamp with time zone not null,
  updated_at   timestamp with time zone not null,
  version      bigint not null,
  constraint feedback_response_pk primary key (id),
  constraint feedback_response_form_fk foreign key (form_id) references feedback_form (id),
  constraint feedback_response_person_fk foreign key (person_id) references person (id),
  constraint feedback_response_uk unique (form_id, person_id)
);

create sequence feedback_answer_seq start with 50 increment by 50;
create table feedback_answer (
  id          bigint        not null,
  response_id bigint        not null,
  question_id bigint        not null,
  rating      integer,
  text_answer varchar(4000),
  constraint feedback_answer_pk primary key (id),
  constraint feedback_answer_response_fk foreign key (response_id) references feedback_response (id),
  constraint feedback_answer_question_fk foreign key (question_id) references feedback_question (id),
  constraint feedback_answer_uk unique (response_id, question_id),
  constraint feedback_answer_rating_ck check (rating is null or rating between 1 and 5)
);
create index feedback_answer_question_idx on feedback_answer (question_id);

create table feedback_answer_choice (
  answer_id bigint       not null,
  label     varchar(200) not null,
  constraint feedback_answer_choice_pk primary key (answer_id, label),
  constraint feedback_answer_choice_fk foreign key (answer_id) references feedback_answer (id)
);
