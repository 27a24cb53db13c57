-- Records a consumer parked (platform messaging.DeadLetters): also on <topic>.dlq, but kept here so
-- each service counts and redrives its own consumers' records without reading the topic.
create table dead_letter (
    id          uuid primary key,
    consumer    text        not null,
    topic       text        not null,
    partition   integer     not null,
    record_offset bigint    not null,
    message_key text,
    payload     text        not null,
    reason      text        not null,
    attempts    integer     not null,
    parked_at   timestamptz not null default now(),
    redriven_at timestamptz,
    unique (consumer, topic, partition, record_offset)
);

create index dead_letter_waiting on dead_letter (parked_at) where redriven_at is null;

-- An outbox row that failed for good (e.g. too large for the broker) is parked, not retried forever
-- in front of every later row; an operator re-queues it.
alter table outbox_message add column parked_at timestamptz;

drop index outbox_message_unpublished;
create index outbox_message_unpublished on outbox_message (seq)
    where published_at is null and parked_at is null;

-- The inbox is purged after a retention period (platform inbox.InboxPurge).
create index inbox_message_received_at on inbox_message (received_at);
