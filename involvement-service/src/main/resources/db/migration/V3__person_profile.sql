-- What a coordinator needs to match a person to opportunities and look after them at sessions.
-- All personal data: it stays in this service and is wiped on erasure.
alter table person
    add column postal_address      text,
    add column postcode            text,
    add column access_needs        text,
    add column preferred_times     varchar[] not null default '{}',
    add column preferred_locations varchar[] not null default '{}',
    add column interests           varchar[] not null default '{}',
    add column updated_at          timestamptz;

-- Finding people by an interest a coordinator is recruiting for.
create index person_interests on person using gin (interests);
