-- Service user meetings a coordinator runs: where and when, the agenda, who attended, the minutes
-- (a draft until published, then visible to the attendees) and the actions agreed.
create table meeting (
    id                   uuid primary key,
    title                text        not null,
    starts_at            timestamptz not null,
    ends_at              timestamptz not null,
    location             text,
    online_link          text,
    minutes              text,
    minutes_published_at timestamptz,
    minutes_published_by text,
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    constraint meeting_ends_after_start check (ends_at > starts_at),
    constraint meeting_has_a_place check (location is not null or online_link is not null),
    constraint meeting_published_minutes check (minutes_published_at is null or minutes is not null)
);

create index meeting_created on meeting (created_at desc, id desc);

create table meeting_agenda_item (
    meeting_id uuid    not null references meeting (id),
    position   integer not null,
    title      text    not null,
    notes      text,
    primary key (meeting_id, position)
);

create table meeting_attendee (
    meeting_id uuid not null references meeting (id),
    person_id  uuid not null references person (id),
    primary key (meeting_id, person_id)
);

-- "Which meetings did I attend" is asked by person.
create index meeting_attendee_person on meeting_attendee (person_id, meeting_id);

-- An action agreed at a meeting, owned by a member of staff (account id) or a person in the register.
create table meeting_action (
    id               uuid primary key,
    meeting_id       uuid        not null references meeting (id),
    description      text        not null,
    owner_account_id text,
    owner_person_id  uuid references person (id),
    due_on           date,
    status           text        not null,
    created_at       timestamptz not null,
    created_by       text        not null,
    version          bigint      not null default 0,
    constraint meeting_action_one_owner check ((owner_account_id is null) <> (owner_person_id is null))
);

create index meeting_action_meeting on meeting_action (meeting_id, created_at, id);

-- Items for the newsletter: written by a coordinator, or made once from a meeting's published minutes.
create table newsletter_item (
    id         uuid primary key,
    title      text        not null,
    body       text        not null,
    meeting_id uuid references meeting (id),
    created_at timestamptz not null,
    created_by text        not null,
    version    bigint      not null default 0,
    constraint newsletter_item_once_per_meeting unique (meeting_id)
);

create index newsletter_item_created on newsletter_item (created_at desc, id desc);

-- "You said, we did": what a person contributed, what was done with it and when they were told.
-- project_id and session_id belong to other aggregates, so they are ids without foreign keys.
create table contribution (
    id                uuid primary key,
    person_id         uuid        not null references person (id),
    kind              text        not null,
    said              text        not null,
    project_id        uuid,
    meeting_id        uuid references meeting (id),
    session_id        uuid,
    contributed_on    date        not null,
    tell_back_due_on  date        not null,
    we_did            text,
    we_did_on         date,
    we_did_by         text,
    we_did_recorded_by text,
    told_back_at      timestamptz,
    told_back_channel text,
    told_back_by      text,
    created_at        timestamptz not null,
    recorded_by       text        not null,
    version           bigint      not null default 0,
    constraint contribution_told_back_after_we_did check (told_back_at is null or we_did is not null)
);

create index contribution_person_created on contribution (person_id, created_at desc, id desc);
-- The overdue tell-backs, oldest due first: only contributions not yet told back are indexed.
create index contribution_tell_back_due on contribution (tell_back_due_on, id) where told_back_at is null;
