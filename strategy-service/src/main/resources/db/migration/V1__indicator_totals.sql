-- The indicator projection: one row of running totals, folded from every topic. It holds nothing
-- that cannot be rebuilt by replaying the topics.
create table indicator_totals (
    id              integer primary key check (id = 1),
    projects        bigint        not null default 0,
    people          bigint        not null default 0,
    participations  bigint        not null default 0,
    hours           numeric(12, 2) not null default 0,
    claims          bigint        not null default 0,
    claimed_pence   bigint        not null default 0,
    last_event_at   timestamptz
);

insert into indicator_totals (id) values (1);
