-- Rate cards in the shape an admin sets them: per activity type a fee rule (banded, half-day/day or
-- hourly with a cap), a mileage rate, and a cap per expense category. A version is never changed
-- once created; claims keep the version they used.
alter table rate_card
    add column id                     uuid,
    add column mileage_pence_per_mile integer check (mileage_pence_per_mile >= 0),
    add column created_by             text,
    add column created_at             timestamptz;

-- The 2026 card keeps its fees for any activity and gets HMRC's 45p a mile and the trust's caps.
update rate_card
   set id = '0b6f1a9e-7f0c-4c36-9d3e-2026040000a1', mileage_pence_per_mile = 45,
       created_by = 'migration', created_at = timestamptz '2026-04-01 00:00:00+00'
 where version = '2026-04';

alter table rate_card
    alter column id set not null,
    alter column mileage_pence_per_mile set not null,
    alter column created_by set not null,
    alter column created_at set not null,
    add constraint rate_card_id unique (id);

-- 'ANY' is the rule for an activity type the card does not name.
create table fee_rule (
    rate_card_version text          not null references rate_card (version),
    activity_type     text          not null,
    kind              text          not null check (kind in ('BANDED', 'HALF_DAY_DAY', 'HOURLY')),
    half_day_pence    bigint check (half_day_pence >= 0),
    day_pence         bigint check (day_pence >= 0),
    day_from_hours    numeric(5, 2) check (day_from_hours > 0),
    hourly_pence      bigint check (hourly_pence >= 0),
    cap_pence         bigint check (cap_pence >= 0),
    primary key (rate_card_version, activity_type)
);

insert into fee_rule (rate_card_version, activity_type, kind) values ('2026-04', 'ANY', 'BANDED');
update rate_band set activity_type = 'ANY' where activity_type = '*';
alter table rate_band
    add constraint rate_band_rule foreign key (rate_card_version, activity_type)
        references fee_rule (rate_card_version, activity_type);

create table expense_cap (
    rate_card_version text   not null references rate_card (version),
    category          text   not null,
    cap_pence         bigint not null check (cap_pence > 0),
    primary key (rate_card_version, category)
);

insert into expense_cap (rate_card_version, category, cap_pence) values
    ('2026-04', 'PUBLIC_TRANSPORT', 5000),
    ('2026-04', 'PARKING', 2000),
    ('2026-04', 'CARER_COST', 10000),
    ('2026-04', 'CHILDCARE_COST', 10000),
    ('2026-04', 'MILEAGE', 20000);
