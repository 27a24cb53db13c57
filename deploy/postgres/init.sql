-- Run once by the postgres image on an empty data volume (docker-compose.yml), as the
-- POSTGRES_USER (coproduce), who then owns the databases. One database per service, and the
-- gateway's, where the browser sessions every gateway instance shares live.
CREATE DATABASE project;
CREATE DATABASE involvement;
CREATE DATABASE payment;
CREATE DATABASE strategy;
CREATE DATABASE gateway;
