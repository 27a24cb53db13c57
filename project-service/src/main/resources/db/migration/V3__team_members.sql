-- A project's team. Service users, carers, family members and stakeholders join from
-- involvement-service (person_id: their register id; names stay there); staff will join by their
-- account id. Exactly one of the two says who the member is.
create table team_member (
    id                    uuid primary key,
    project_id            uuid        not null references project (id),
    member_kind           text        not null,
    person_id             uuid,
    account_id            text,
    involvement_level     text,
    joined_at             timestamptz not null,
    -- The opportunity and the selection (expression of interest) in involvement-service they came from.
    source_opportunity_id uuid,
    source_selection_id   uuid unique,
    created_at            timestamptz not null,
    version               bigint      not null default 0,
    constraint team_member_is_one_member check ((person_id is null) <> (account_id is null))
);

-- A person is on a project's team once, whatever number of roles they were selected for.
create unique index team_member_person_once on team_member (project_id, person_id)
    where person_id is not null;
create index team_member_project_created on team_member (project_id, created_at desc, id desc);
