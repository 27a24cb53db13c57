-- Reads of personal data by staff (platform audit.AccessAudit): who, what, when. Append-only.
-- A record read names whose record it was; a list read (a search of the register, a list of
-- claims) names the list, the filters used (their names, never their values) and how many items
-- it returned, and whose list it was when it was one person's. Person ids have no foreign key, so
-- the audit outlives an erasure.
create table personal_data_read (
    id          uuid primary key,
    account_id  text        not null,
    record_type text        not null,
    record_id   uuid,
    person_id   uuid,
    query       text,
    returned    integer check (returned >= 0),
    created_at  timestamptz not null,
    check ((query is null) = (returned is null))
);

create index personal_data_read_created on personal_data_read (created_at desc, id desc);
create index personal_data_read_person on personal_data_read (person_id, created_at desc, id desc);
