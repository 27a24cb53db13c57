-- Idempotency-Key of POSTs that create money-bearing records (platform idempotency.Idempotency):
-- the key is the caller's, so two callers never share one. The stored response is written in the
-- transaction of the effect, so a key exists exactly when its effect was committed.
create table idempotency_key (
    caller          text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          integer,
    body            text,
    location        text,
    etag            text,
    created_at      timestamptz not null default now(),
    primary key (caller, idempotency_key)
);
