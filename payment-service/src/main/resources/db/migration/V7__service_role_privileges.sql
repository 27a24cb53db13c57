-- payment-service runs as its own role (${service_role}), migrations as the owner. The service's
-- role owns nothing, so it cannot drop or disable the append-only triggers; on the tables that are
-- append-only by design it may only read and add rows, and on those with a status that moves once
-- it may update only those columns. Tables made by later migrations get full rights by default; a
-- later append-only table revokes them in its own migration. When the service runs as the owner
-- (a quick local setup), there is nobody to grant to and this does nothing.
do $$
declare
    service text := '${service_role}';
begin
    if service = current_user then
        return;
    end if;
    execute format('grant usage on schema public to %I', service);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', service);
    execute format('grant usage, select on all sequences in schema public to %I', service);
    execute format('alter default privileges in schema public'
                   ' grant select, insert, update, delete on tables to %I', service);
    execute format('alter default privileges in schema public'
                   ' grant usage, select on sequences to %I', service);
    execute format('revoke all on flyway_schema_history from %I', service);

    execute format('revoke update, delete, truncate on ledger_entry, claim_decision,'
                   ' export_download, payee_change, payee_change_decision from %I', service);
    execute format('revoke update, delete, truncate on claim_line, export_line, export_batch'
                   ' from %I', service);
    execute format('grant update (status, decision_id) on claim_line to %I', service);
    -- The outcome finance records once; bank details the export retention wipes.
    execute format('grant update (outcome, failure_reason, outcome_by, outcome_at, bank_details,'
                   ' bank_key_id) on export_line to %I', service);
    -- A batch's totals and checksum are written in the transaction that makes it.
    execute format('grant update (line_count, total_pence, checksum) on export_batch to %I',
                   service);
    -- Erasure wipes the masked digits of a person's history.
    execute format('grant update (sort_code_last2, account_last2) on payee_change to %I', service);
end;
$$;
