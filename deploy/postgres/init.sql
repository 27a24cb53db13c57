-- Run once by the postgres image on an empty data volume (docker-compose.yml), as the
-- POSTGRES_USER (coproduce), who then owns the databases and runs migrations. One database per
-- service, and the gateway's, where the browser sessions every gateway instance shares live.
-- payment-service connects as a role of its own that owns nothing, so it cannot disable the
-- ledger's append-only triggers; its migrations grant it what it may do.
CREATE DATABASE project;
CREATE DATABASE involvement;
CREATE DATABASE payment;
CREATE DATABASE strategy;
CREATE DATABASE gateway;
CREATE ROLE coproduce_payment LOGIN PASSWORD 'coproduce_payment';
