-- People this service has erased (platform privacy.Erasure), so a feature can refuse or wipe
-- personal data that arrives about them later. Only the id and the time: nothing here to erase.
create table erased_person (
    person_id uuid primary key,
    erased_at timestamptz not null
);
