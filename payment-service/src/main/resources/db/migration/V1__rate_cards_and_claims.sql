-- A rate card version holds fee bands per activity type; '*' applies to any type without its own.
create table rate_card (
    version        text primary key,
    effective_from date not null unique
);

create table rate_band (
    rate_card_version text    not null references rate_card (version),
    activity_type     text    not null,
    hours_from        numeric(5, 2) not null,
    amount_pence      bigint  not null check (amount_pence >= 0),
    primary key (rate_card_version, activity_type, hours_from)
);

-- The trust's 2026 rate card: under 2 hours £10, 2 hours or more £20.
insert into rate_card (version, effective_from) values ('2026-04', date '2026-04-01');
insert into rate_band (rate_card_version, activity_type, hours_from, amount_pence) values
    ('2026-04', '*', 0, 1000),
    ('2026-04', '*', 2, 2000);

create table claim (
    id                uuid primary key,
    participation_id  uuid          not null unique,
    person_id         uuid          not null,
    project_id        uuid          not null,
    activity_type     text          not null,
    activity_date     date          not null,
    hours             numeric(5, 2) not null,
    amount_pence      bigint        not null,
    rate_card_version text          not null references rate_card (version),
    status            text          not null,
    recorded_by       text          not null,
    created_at        timestamptz   not null
);

create index claim_created on claim (created_at desc, id desc);
create index claim_person on claim (person_id);
