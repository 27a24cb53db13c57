-- The people an Idempotency-Key's request is about (platform idempotency.Idempotency), so erasing
-- one of them wipes the stored responses that may name them (receipt file names, hours).
alter table idempotency_key add column about uuid[] not null default '{}';
create index idempotency_key_about on idempotency_key using gin (about);
