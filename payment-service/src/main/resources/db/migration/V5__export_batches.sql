-- Cost centres are reference data an admin keeps.
alter table cost_centre
    add column created_by text not null default 'migration',
    add column created_at timestamptz not null default timestamptz '2026-04-01 00:00:00+00';
alter table cost_centre
    alter column created_by drop default,
    alter column created_at drop default;

-- The ledger is double-entry between three accounts: OWED (raised, not yet sent to finance),
-- IN_EXPORT (in a batch finance has not settled) and PAID. Raising, reversing and rejecting move
-- money in and out of OWED; an export moves a line from OWED to IN_EXPORT, payment from IN_EXPORT to
-- PAID, a failure back from IN_EXPORT to OWED. Per claim, all entries still add up to its amount.
alter table ledger_entry add column account text not null default 'OWED'
    check (account in ('OWED', 'IN_EXPORT', 'PAID'));
alter table ledger_entry alter column account drop default;
alter table ledger_entry drop constraint ledger_entry_kind_check;
alter table ledger_entry add constraint ledger_entry_kind_check
    check (kind in ('CLAIM_RAISED', 'REVERSAL', 'REJECTION', 'EXPORT', 'PAYMENT', 'FAILURE'));
create index ledger_entry_line on ledger_entry (line_id);

-- The UK tax year of a day ("2026-27"; it starts on 6 April), for entries written in bulk; the same
-- rule as the service's TaxYear.
create function uk_tax_year(day date) returns text language sql immutable as $$
    select y || '-' || lpad(((y + 1) % 100)::text, 2, '0')
      from (select extract(year from day)::int
                   - case when day < make_date(extract(year from day)::int, 4, 6) then 1 else 0 end
                   as y) start;
$$;

-- A batch of approved lines for finance, for one route and period. Its lines are copied when it is
-- made (payee reference and bank details as they were then), so it downloads the same bytes every
-- time; checksum is the SHA-256 of the CSV file.
create table export_batch (
    id          uuid primary key,
    route       text        not null check (route in ('PAYROLL', 'BACS', 'VOUCHER', 'DONATE')),
    period_from date        not null,
    period_to   date        not null,
    line_count  integer     not null,
    total_pence bigint      not null,
    checksum    text        not null check (checksum ~ '^[0-9a-f]{64}$'),
    created_by  text        not null,
    created_at  timestamptz not null,
    check (period_from <= period_to)
);
create index export_batch_created on export_batch (created_at desc, id desc);

create table export_line (
    id                uuid primary key,
    batch_id          uuid          not null references export_batch (id),
    position          integer       not null,
    claim_line_id     uuid          not null references claim_line (id),
    claim_id          uuid          not null references claim (id),
    person_id         uuid          not null,
    payee_reference   text          not null,
    line_kind         text          not null check (line_kind in ('FEE', 'EXPENSE', 'REVERSAL')),
    claim_kind        text          not null check (claim_kind in ('FEE', 'EXPENSE')),
    category          text,
    day               date          not null,
    hours             numeric(5, 2),
    miles             numeric(6, 2),
    rate_basis        text          not null check (rate_basis in ('FLAT', 'PER_HOUR', 'PER_MILE')),
    rate_pence        bigint        not null,
    rate_card_version text          not null,
    amount_pence      bigint        not null,
    cost_centre       text          not null,
    subjective_code   text          not null,
    analysis_code     text          not null,
    approved_by       text          not null,
    approved_at       timestamptz   not null,
    bank_details      bytea,
    bank_key_id       text,
    outcome           text          not null default 'AWAITING'
        check (outcome in ('AWAITING', 'PAID', 'FAILED')),
    failure_reason    text,
    outcome_by        text,
    outcome_at        timestamptz,
    created_at        timestamptz   not null,
    unique (batch_id, position),
    unique (batch_id, claim_line_id),
    check ((outcome = 'FAILED') = (failure_reason is not null))
);
create index export_line_batch on export_line (batch_id, created_at desc, id desc);
-- Every approved line is exported exactly once: a line is in at most one batch that has not
-- failed it (a failed payment returns the line to the queue for a later batch).
create unique index export_line_once on export_line (claim_line_id) where outcome <> 'FAILED';

-- Who downloaded a batch, which holds bank details, and when.
create table export_download (
    batch_id      uuid        not null references export_batch (id),
    format        text        not null check (format in ('CSV', 'JSON')),
    downloaded_by text        not null,
    downloaded_at timestamptz not null
);
create index export_download_batch on export_download (batch_id, downloaded_at);
