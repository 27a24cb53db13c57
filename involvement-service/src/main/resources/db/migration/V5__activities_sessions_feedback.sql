-- Involvement activities: Big I or Little I, for a QI project and/or an opportunity. Both belong to
-- other aggregates (project-service, the opportunity feature), so they are ids without foreign keys.
create table activity (
    id                uuid primary key,
    title             text        not null,
    activity_type     text        not null,
    involvement_level text        not null check (involvement_level in ('BIG_I', 'LITTLE_I')),
    purpose           text        not null,
    project_id        uuid,
    opportunity_id    uuid,
    created_at        timestamptz not null,
    created_by        text        not null,
    version           bigint      not null default 0
);

create index activity_created on activity (created_at desc, id desc);
create index activity_project on activity (project_id, created_at desc, id desc);
create index activity_opportunity on activity (opportunity_id, created_at desc, id desc);

-- When and where an activity meets: in a place, online, or both.
create table activity_session (
    id               uuid primary key,
    activity_id      uuid        not null references activity (id),
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    location         text,
    online           boolean     not null,
    access_information text,
    created_at       timestamptz not null,
    created_by       text        not null,
    version          bigint      not null default 0,
    constraint activity_session_ends_after_start check (ends_at > starts_at),
    constraint activity_session_somewhere check (online or location is not null)
);

create index activity_session_activity on activity_session (activity_id, created_at desc, id desc);

-- Sessions outside a QI project are paid too: a participation may have no project, and names the
-- activity it was part of when it was recorded from a session's attendance sheet.
alter table participation alter column project_id drop not null;
alter table participation add column activity_id uuid references activity (id);
create index participation_session on participation (session_id);

-- Hours are never edited silently: each correction keeps what they were, what they became, why,
-- who and when. The participation holds the current hours.
create table participation_correction (
    id               uuid primary key,
    participation_id uuid          not null references participation (id),
    previous_hours   numeric(4, 2) not null,
    hours            numeric(4, 2) not null check (hours > 0 and hours <= 24),
    reason           text          not null,
    corrected_by     text          not null,
    created_at       timestamptz   not null
);

create index participation_correction_participation
    on participation_correction (participation_id, created_at desc, id desc);

-- Feedback after a session from someone who attended it, once per person and session.
create table feedback (
    id          uuid primary key,
    session_id  uuid        not null references activity_session (id),
    person_id   uuid        not null references person (id),
    overall     smallint    not null check (overall between 1 and 5),
    usefulness  smallint    not null check (usefulness between 1 and 5),
    comment     text,
    created_at  timestamptz not null,
    constraint feedback_once_per_person_and_session unique (session_id, person_id)
);

create index feedback_session on feedback (session_id, created_at desc, id desc);

-- The 4Pi evaluation of an activity (principles, purpose, presence, process, impact): one per
-- activity, changed in place with optimistic locking.
create table activity_evaluation (
    activity_id  uuid primary key references activity (id),
    principles   smallint    not null check (principles between 1 and 5),
    purpose      smallint    not null check (purpose between 1 and 5),
    presence     smallint    not null check (presence between 1 and 5),
    process      smallint    not null check (process between 1 and 5),
    impact       smallint    not null check (impact between 1 and 5),
    notes        text,
    evaluated_by text        not null,
    evaluated_at timestamptz not null,
    created_at   timestamptz not null,
    version      bigint      not null default 0
);
