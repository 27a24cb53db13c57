-- The audit of reads of personal data moved to the platform (personal_data_read, db/platform
-- V0_6), which payment-service uses too; the reads audited so far move with it.
insert into personal_data_read (id, account_id, record_type, record_id, person_id, created_at)
select id, account_id, record_type, record_id, person_id, created_at from access_audit;

drop table access_audit;
