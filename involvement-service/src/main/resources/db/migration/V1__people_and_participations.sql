-- The involvement register. Names and contact details live only here, never in events or logs.
create table person (
    id           uuid primary key,
    person_type  text        not null,
    display_name text        not null,
    email        text,
    phone        text,
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0
);

create index person_created on person (created_at desc, id desc);

-- A person's attendance, and its hours, at a project's session; payment-service pays from it.
-- project_id and session_id belong to other aggregates, so they are ids without foreign keys.
create table participation (
    id            uuid primary key,
    person_id     uuid          not null references person (id),
    project_id    uuid          not null,
    activity_type text          not null,
    session_date  date          not null,
    hours         numeric(4, 2) not null check (hours > 0 and hours <= 24),
    session_id    uuid,
    created_at    timestamptz   not null,
    recorded_by   text          not null,
    version       bigint        not null default 0,
    -- Attendance at one session is paid once. Rows without a session never clash (nulls are distinct).
    constraint participation_once_per_session unique (person_id, session_id)
);

create index participation_person_created on participation (person_id, created_at desc, id desc);
