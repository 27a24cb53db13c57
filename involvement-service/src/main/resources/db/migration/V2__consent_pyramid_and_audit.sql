-- Consent per purpose. A record is never edited except to withdraw it; the history is the rows.
create table consent (
    id             uuid primary key,
    person_id      uuid        not null references person (id),
    purpose        text        not null,
    wording_version text       not null,
    channel        text        not null,
    recorded_by    text        not null,
    given_at       timestamptz not null,
    withdrawn_at   timestamptz,
    withdrawn_by   text,
    created_at     timestamptz not null,
    version        bigint      not null default 0
);

-- At most one consent in force per person and purpose: a new wording is given after withdrawal.
create unique index consent_one_in_force on consent (person_id, purpose) where withdrawn_at is null;
create index consent_person_created on consent (person_id, created_at desc, id desc);

-- Involvement Pyramid levels: reference data an admin can change, ordered by rank.
create table pyramid_level (
    code       text primary key,
    label      text        not null,
    rank       integer     not null check (rank > 0),
    created_at timestamptz not null default now(),
    version    bigint      not null default 0,
    constraint pyramid_level_rank_unique unique (rank)
);

insert into pyramid_level (code, label, rank) values
    ('INFORMING', 'Informing', 1),
    ('CONSULTING', 'Consulting', 2),
    ('INVOLVING', 'Involving', 3),
    ('CO_PRODUCING', 'Co-producing', 4),
    ('LEADING', 'Leading', 5);

-- A person's current level: one row per person, locked while it changes so history stays in order.
create table person_pyramid_level (
    person_id  uuid primary key references person (id),
    level_code text        not null references pyramid_level (code),
    changed_at timestamptz not null,
    changed_by text        not null,
    version    bigint      not null default 0
);

-- Every change of a person's level: from (null for the first), to, when and by whom.
create table pyramid_level_change (
    id         uuid primary key,
    person_id  uuid        not null references person (id),
    from_level text references pyramid_level (code),
    to_level   text        not null references pyramid_level (code),
    created_at timestamptz not null,
    changed_by text        not null
);

create index pyramid_level_change_person on pyramid_level_change (person_id, created_at desc, id desc);

-- Reads of a person's records by anyone but that person: who, what, when. Append-only.
create table access_audit (
    id          uuid primary key,
    account_id  text        not null,
    record_type text        not null,
    record_id   uuid        not null,
    person_id   uuid        not null,
    created_at  timestamptz not null
);

create index access_audit_created on access_audit (created_at desc, id desc);
create index access_audit_person on access_audit (person_id, created_at desc, id desc);
