-- Erasure (docs/adr/0005-subject-access-and-erasure.md): the person's row stays, under a pseudonym,
-- so history keeps its id; who erased them, when and why is kept with it.
alter table person
    add column erased_at      timestamptz,
    add column erased_by      text,
    add column erasure_reason text;

-- An erased person's consents are kept only as purposes and dates.
alter table consent
    alter column wording_version drop not null,
    alter column channel drop not null,
    alter column recorded_by drop not null;
