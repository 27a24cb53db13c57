-- Every change of how a person is paid, kept: who made it, when, what it set (masked: the last two
-- digits only, as in every view). Rows are only ever added; erasure may wipe the two digits and
-- nothing else (the trigger below, and the service's role may update no other column).
create table payee_change (
    id                    uuid primary key,
    person_id             uuid        not null,
    route                 text        not null
        check (route in ('PAYROLL', 'BACS', 'VOUCHER', 'DECLINE', 'DONATE')),
    receives_benefits     boolean     not null,
    -- New bank details were given in this change (else the stored ones stayed).
    bank_changed          boolean     not null,
    sort_code_last2       text check (sort_code_last2 ~ '^[0-9]{2}$'),
    account_last2         text check (account_last2 ~ '^[0-9]{2}$'),
    changed_by            text        not null,
    -- The person changed their own details: in force at once.
    by_payee              boolean     not null,
    -- Staff gave new bank details: not used until a second person confirms them.
    awaiting_confirmation boolean     not null,
    changed_at            timestamptz not null,
    check (not awaiting_confirmation or bank_changed)
);
create index payee_change_person on payee_change (person_id, changed_at desc, id desc);

-- What became of a change that awaited confirmation: confirmed by a second person, discarded, or
-- superseded by a later change before anyone confirmed it. One decision per change, never edited.
create table payee_change_decision (
    change_id  uuid primary key references payee_change (id),
    outcome    text        not null check (outcome in ('CONFIRMED', 'DISCARDED', 'SUPERSEDED')),
    decided_by text        not null,
    decided_at timestamptz not null
);

create function payee_change_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.sort_code_last2 is null and new.account_last2 is null
       and to_jsonb(new) - 'sort_code_last2' - 'account_last2'
           = to_jsonb(old) - 'sort_code_last2' - 'account_last2' then
        return new;
    end if;
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger payee_change_append_only before update or delete on payee_change
    for each row execute function payee_change_is_append_only();
create trigger payee_change_no_truncate before truncate on payee_change
    for each statement execute function payee_change_is_append_only();
create trigger payee_change_decision_append_only before update or delete on payee_change_decision
    for each row execute function payee_change_is_append_only();
create trigger payee_change_decision_no_truncate before truncate on payee_change_decision
    for each statement execute function payee_change_is_append_only();

-- Bank details staff gave, waiting for a second person; exports keep using bank_details (the
-- confirmed ones) until then. updated_by stays whoever made the latest change, confirmed or not.
alter table payee
    add column pending_change_id       uuid references payee_change (id),
    add column pending_bank_details    bytea,
    add column pending_bank_key_id     text,
    add column pending_sort_code_last2 text check (pending_sort_code_last2 ~ '^[0-9]{2}$'),
    add column pending_account_last2   text check (pending_account_last2 ~ '^[0-9]{2}$'),
    add constraint payee_pending_whole check (
        (pending_change_id is null) = (pending_bank_details is null)
        and (pending_bank_details is null) = (pending_bank_key_id is null));

-- The details in force today start each payee's history.
insert into payee_change (id, person_id, route, receives_benefits, bank_changed, sort_code_last2,
                          account_last2, changed_by, by_payee, awaiting_confirmation, changed_at)
select gen_random_uuid(), person_id, route, receives_benefits, bank_details is not null,
       sort_code_last2, account_last2, updated_by, false, false, updated_at
  from payee;
