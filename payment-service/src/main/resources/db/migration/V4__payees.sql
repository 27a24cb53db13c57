-- How each person is paid. Bank details are encrypted by the service (AES-GCM, the key is never in
-- the database); only the last two digits of sort code and account number are kept in clear, for
-- the masked views. Erasure wipes them (a BACS payee then has none, and is not exported). The payee
-- reference identifies the person to finance without their name.
create sequence payee_reference_seq;

create table payee (
    person_id          uuid primary key,
    payee_reference    text        not null unique,
    route              text        not null
        check (route in ('PAYROLL', 'BACS', 'VOUCHER', 'DECLINE', 'DONATE')),
    bank_details       bytea,
    bank_key_id        text,
    sort_code_last2    text check (sort_code_last2 ~ '^[0-9]{2}$'),
    account_last2      text check (account_last2 ~ '^[0-9]{2}$'),
    receives_benefits  boolean     not null,
    updated_by         text        not null,
    updated_at         timestamptz not null,
    version            bigint      not null,
    check ((bank_details is null) = (bank_key_id is null))
);

-- Weekly earnings of a payee are summed by the day of the activity.
create index claim_person_day on claim (person_id, activity_date);
