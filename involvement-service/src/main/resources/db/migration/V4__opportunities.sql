-- Opportunities to get involved: QI project roles (Big I / Little I), focus groups, surveys,
-- panels, meetings, ambassador roles, training, research. project_id is project-service's id: no FK.
create table opportunity (
    id                 uuid primary key,
    kind               text          not null,
    involvement_level  text,
    project_id         uuid,
    title              text          not null,
    purpose            text          not null,
    starts_at          timestamptz,
    ends_at            timestamptz,
    online             boolean       not null default false,
    location           text,
    access_information text,
    expected_hours     numeric(5, 2) check (expected_hours > 0),
    reward             text,
    -- Lower-case tags matched to people's interests, and the times of week it takes place in.
    topics             varchar[]     not null default '{}',
    times_of_week      varchar[]     not null default '{}',
    places_available   integer       not null check (places_available > 0),
    closes_on          date,
    status             text          not null,
    created_at         timestamptz   not null,
    created_by         text          not null,
    updated_at         timestamptz,
    version            bigint        not null default 0,
    constraint opportunity_project_role_has_project
        check (kind <> 'QI_PROJECT_ROLE' or (project_id is not null and involvement_level is not null)),
    constraint opportunity_ends_after_start check (ends_at is null or starts_at is null or ends_at > starts_at)
);

create index opportunity_created on opportunity (created_at desc, id desc);
create index opportunity_published on opportunity (status, closes_on);
create index opportunity_topics on opportunity using gin (topics);

-- A person's interest in an opportunity and where it stands. The note (availability, needs) is
-- personal data and stays here.
create table expression_of_interest (
    id             uuid primary key,
    opportunity_id uuid        not null references opportunity (id),
    person_id      uuid        not null references person (id),
    note           text,
    status         text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz,
    decided_by     text,
    version        bigint      not null default 0
);

-- One live expression per person and opportunity; after withdrawing, a person may express again.
create unique index interest_once_per_person on expression_of_interest (opportunity_id, person_id)
    where status <> 'WITHDRAWN';
create index interest_opportunity_created on expression_of_interest (opportunity_id, created_at desc, id desc);
create index interest_person_created on expression_of_interest (person_id, created_at desc, id desc);

-- In-app messages to a person: invitations (only with consent to be contacted about opportunities)
-- and outcomes of their own expressions of interest.
create table message (
    id             uuid primary key,
    person_id      uuid        not null references person (id),
    purpose        text        not null,
    subject        text        not null,
    body           text        not null,
    opportunity_id uuid references opportunity (id),
    created_at     timestamptz not null,
    created_by     text        not null,
    read_at        timestamptz,
    version        bigint      not null default 0
);

create index message_person_created on message (person_id, created_at desc, id desc);
-- A person is invited to an opportunity once, however often the coordinator sends invitations.
create unique index message_one_invitation on message (person_id, opportunity_id)
    where purpose = 'OPPORTUNITY_INVITATION';
