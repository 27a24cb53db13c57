-- Recruitment interview panels for staff posts. Scores are confidential to the panel: only its
-- members and the coordinator who runs it may read them (checked in PanelService).
create table panel (
    id             uuid primary key,
    post_title     text        not null,
    interview_date date        not null,
    closed_at      timestamptz,
    created_at     timestamptz not null,
    -- the account id of the coordinator who runs the panel
    created_by     text        not null,
    version        bigint      not null default 0
);

create index panel_created on panel (created_at desc, id desc);

-- A service user or carer from the register (person_id) or a member of staff (account_id).
create table panel_member (
    id         uuid primary key,
    panel_id   uuid        not null references panel (id),
    person_id  uuid references person (id),
    account_id text,
    created_at timestamptz not null,
    constraint panel_member_person_or_staff check ((person_id is null) <> (account_id is null)),
    constraint panel_member_person_once unique (panel_id, person_id),
    constraint panel_member_account_once unique (panel_id, account_id)
);

create index panel_member_person on panel_member (person_id);
create index panel_member_account on panel_member (account_id);

create table panel_criterion (
    id          uuid primary key,
    panel_id    uuid        not null references panel (id),
    text        text        not null,
    weight      integer     not null check (weight between 1 and 5),
    -- the account id of the panel member or coordinator who proposed it
    proposed_by text        not null,
    created_at  timestamptz not null
);

create index panel_criterion_panel on panel_criterion (panel_id, created_at);

-- A candidate is known to the panel by a reference only ("Candidate A"), never by name.
create table panel_candidate (
    id         uuid primary key,
    panel_id   uuid        not null references panel (id),
    reference  text        not null,
    created_at timestamptz not null,
    constraint panel_candidate_reference_once unique (panel_id, reference)
);

create table panel_score (
    id           uuid primary key,
    panel_id     uuid        not null references panel (id),
    member_id    uuid        not null references panel_member (id),
    candidate_id uuid        not null references panel_candidate (id),
    criterion_id uuid        not null references panel_criterion (id),
    score        integer     not null check (score between 1 and 5),
    note         text,
    created_at   timestamptz not null,
    changed_at   timestamptz not null,
    version      bigint      not null default 0,
    constraint panel_score_once unique (member_id, candidate_id, criterion_id)
);

create index panel_score_panel on panel_score (panel_id, created_at desc, id desc);

-- Ambassador elections among the service users and carers in the register.
create table election (
    id                   uuid primary key,
    role_title           text        not null,
    seats                integer     not null check (seats > 0),
    nominations_open_at  timestamptz not null,
    nominations_close_at timestamptz not null,
    voting_open_at       timestamptz not null,
    voting_close_at      timestamptz not null,
    term_months          integer     not null check (term_months > 0),
    declared_at          timestamptz,
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    constraint election_schedule_in_order check (
        nominations_open_at < nominations_close_at
        and nominations_close_at <= voting_open_at
        and voting_open_at < voting_close_at)
);

create index election_created on election (created_at desc, id desc);

create table election_nomination (
    id                uuid primary key,
    election_id       uuid        not null references election (id),
    nominee_person_id uuid        not null references person (id),
    -- the account id of whoever nominated them (the nominee themselves, or another volunteer)
    nominated_by      text        not null,
    accepted_at       timestamptz,
    created_at        timestamptz not null,
    version           bigint      not null default 0,
    constraint election_nomination_once unique (election_id, nominee_person_id)
);

create index election_nomination_created on election_nomination (election_id, created_at desc, id desc);

-- The secret ballot is two tables with nothing in common but the election: who has voted (to
-- refuse a second vote), and the votes themselves, with no voter and no time.
create table election_voter (
    election_id uuid not null references election (id),
    person_id   uuid not null references person (id),
    constraint election_voter_once primary key (election_id, person_id)
);

create table election_ballot (
    id                  uuid primary key,
    election_id         uuid not null references election (id),
    candidate_person_id uuid not null references person (id)
);

create index election_ballot_election on election_ballot (election_id);

-- An ambassador's term and board seat, recorded when an election's result is declared.
create table ambassador_term (
    id          uuid primary key,
    election_id uuid        not null references election (id),
    person_id   uuid        not null references person (id),
    term_start  date        not null,
    term_end    date        not null,
    board_name  text        not null,
    seat_from   date        not null,
    created_at  timestamptz not null,
    constraint ambassador_term_once unique (election_id, person_id),
    constraint ambassador_term_in_order check (term_start < term_end)
);

create index ambassador_term_created on ambassador_term (created_at desc, id desc);
