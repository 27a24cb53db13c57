-- Run once by the postgres image on an empty data volume (docker-compose.yml), as the
-- POSTGRES_USER (coproduce), who then owns the databases and runs migrations. One database per
-- service. payment-service connects as a role of its own that owns nothing, so it cannot disable
-- the ledger's append-only triggers; its migrations grant it what it may do.
CREATE DATABASE project;
CREATE DATABASE involvement;
CREATE DATABASE payment;
CREATE DATABASE strategy;
CREATE ROLE coproduce_payment LOGIN PASSWORD 'coproduce_payment';
