-- The token state of each signed-in browser, shared by every gateway instance (ADR 0003).
-- The key is the SHA-256 of the id in the browser's q_session cookie, so this table alone cannot
-- be replayed as cookies; the tokens are JWEs (AES-GCM) under the session key, never in clear.
CREATE TABLE browser_session (
    id_hash                 bytea       PRIMARY KEY,
    id_token                text        NOT NULL,
    access_token            text,
    refresh_token           text,
    access_token_expires_in bigint,
    access_token_scope      text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    expires_at              timestamptz NOT NULL
);

-- The cleanup job deletes by expiry.
CREATE INDEX browser_session_expires_at ON browser_session (expires_at);
