-- Platform tables every service has. Versions 0.x sort before a service's own V1.. migrations;
-- out-of-order is on so a later platform migration still applies to an existing database.

create table outbox_message (
    id           uuid primary key,
    seq          bigint generated always as identity unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);

create index outbox_message_unpublished on outbox_message (seq) where published_at is null;

create table inbox_message (
    consumer    text        not null,
    event_id    uuid        not null,
    event_type  text        not null,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
