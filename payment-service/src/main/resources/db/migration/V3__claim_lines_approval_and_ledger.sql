-- Cost centres finance books involvement to; a claim names one (analysis code: its project).
create table cost_centre (
    code text primary key,
    name text not null
);
insert into cost_centre (code, name) values ('PEX100', 'Patient and carer experience');

-- A claim is a fee for one participation or an expense; its money is in append-only lines (a
-- correction adds a reversal and a new line, never an edit). amount_pence, hours and
-- rate_card_version are the claim's current values, kept in step with its lines.
alter table claim
    add column kind                 text   not null default 'FEE' check (kind in ('FEE', 'EXPENSE')),
    add column cost_centre          text   not null default 'PEX100' references cost_centre (code),
    add column category             text,
    add column miles                numeric(6, 2),
    add column receipt_file_name    text,
    add column receipt_content_type text,
    add column receipt_size_bytes   bigint,
    add column receipt_sha256       text,
    add column version              bigint not null default 0;
alter table claim
    alter column kind drop default,
    alter column cost_centre drop default,
    alter column participation_id drop not null,
    alter column activity_type drop not null,
    alter column hours drop not null,
    add constraint claim_fee_has_participation check (kind <> 'FEE' or participation_id is not null),
    add constraint claim_status check (status in ('PENDING', 'APPROVED', 'REJECTED'));

-- Who decided what about a claim, when and why: the audit of approval.
create table claim_decision (
    id           uuid primary key,
    claim_id     uuid        not null references claim (id),
    outcome      text        not null check (outcome in ('APPROVED', 'REJECTED')),
    reason       text,
    amount_pence bigint      not null,
    decided_by   text        not null,
    decided_at   timestamptz not null
);
create index claim_decision_claim on claim_decision (claim_id, decided_at);

create table claim_line (
    id                uuid primary key,
    claim_id          uuid          not null references claim (id),
    kind              text          not null check (kind in ('FEE', 'EXPENSE', 'REVERSAL')),
    amount_pence      bigint        not null,
    hours             numeric(5, 2),
    miles             numeric(6, 2),
    rate_card_version text          not null references rate_card (version),
    reverses_line_id  uuid unique references claim_line (id),
    correction_id     uuid,
    raised_by         text          not null,
    status            text          not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decision_id       uuid references claim_decision (id),
    created_at        timestamptz   not null,
    constraint claim_line_correction unique (correction_id, kind),
    check ((kind = 'REVERSAL') = (reverses_line_id is not null))
);
create index claim_line_claim on claim_line (claim_id, created_at);

-- Every money movement, signed pence, never updated or deleted: a claim raised, a reversal, a
-- rejection (and, with exports, export, payment and failure). Per claim the entries add up to the
-- claim's current amount.
create table ledger_entry (
    id           uuid primary key,
    seq          bigint generated always as identity unique,
    claim_id     uuid        not null references claim (id),
    line_id      uuid        not null references claim_line (id),
    person_id    uuid        not null,
    kind         text        not null check (kind in ('CLAIM_RAISED', 'REVERSAL', 'REJECTION')),
    amount_pence bigint      not null,
    cost_centre  text        not null references cost_centre (code),
    project_id   uuid,
    tax_year     text        not null check (tax_year ~ '^[0-9]{4}-[0-9]{2}$'),
    created_at   timestamptz not null
);
create index ledger_entry_created on ledger_entry (created_at desc, id desc);
create index ledger_entry_person on ledger_entry (person_id, tax_year);
create index ledger_entry_claim on ledger_entry (claim_id);

create function ledger_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger_entry is append-only: correct by a reversal, never by %', tg_op;
end;
$$;
create trigger ledger_entry_no_update_or_delete before update or delete on ledger_entry
    for each row execute function ledger_entry_is_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_entry_is_append_only();

-- An approver's own limit per claim, set by an admin; without one, the role's default applies.
create table approval_limit (
    account_id  text primary key,
    limit_pence bigint      not null check (limit_pence >= 0),
    set_by      text        not null,
    set_at      timestamptz not null
);

-- Claims raised before lines existed get their one line and ledger entry. The UK tax year runs
-- from 6 April to 5 April.
insert into claim_line (id, claim_id, kind, amount_pence, hours, rate_card_version, raised_by,
                        status, created_at)
select gen_random_uuid(), id, 'FEE', amount_pence, hours, rate_card_version, recorded_by, status,
       created_at
  from claim;
insert into ledger_entry (id, claim_id, line_id, person_id, kind, amount_pence, cost_centre,
                          project_id, tax_year, created_at)
select gen_random_uuid(), c.id, l.id, c.person_id, 'CLAIM_RAISED', l.amount_pence, c.cost_centre, c.project_id,
       y.start_year || '-' || lpad(((y.start_year + 1) % 100)::text, 2, '0'), c.created_at
  from claim c
  join claim_line l on l.claim_id = c.id
 cross join lateral (
       select extract(year from c.activity_date)::int
              - case when c.activity_date < make_date(extract(year from c.activity_date)::int, 4, 6)
                     then 1 else 0 end as start_year) y;
