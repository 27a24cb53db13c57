-- An attendance is recorded, and paid, once (issue 11). A participation at a session is unique per
-- person and session; one without a session per person, project, activity type and day (two
-- sessions of one kind on one day are told apart by naming the session). The session must exist.

-- Duplicates recorded before this rule: the first recorded stays, each later one is marked as a
-- duplicate of it (kept, not deleted: corrections and payment-service's claims refer to it). The
-- rule ignores marked rows; finance reverses what was paid for them. Find them with
--   select id, duplicate_of, person_id from participation where duplicate_of is not null;
alter table participation add column duplicate_of uuid references participation (id);

update participation p
   set duplicate_of = ranked.first_id
  from (select id,
               first_value(id) over same_attendance as first_id,
               row_number() over same_attendance as nth
          from participation
        window same_attendance as (
               partition by person_id, session_id,
                            case when session_id is null then project_id end,
                            case when session_id is null then activity_type end,
                            case when session_id is null then session_date end
               order by created_at, id)) ranked
 where p.id = ranked.id and ranked.nth > 1;

do $$
declare
    duplicates bigint;
begin
    select count(*) into duplicates from participation where duplicate_of is not null;
    if duplicates > 0 then
        raise warning 'participation: % duplicate attendance(s) marked (duplicate_of); the first recorded of each is kept', duplicates;
    end if;
end $$;

alter table participation drop constraint participation_once_per_session;
create unique index participation_once_per_session on participation (person_id, session_id)
    where session_id is not null and duplicate_of is null;
-- project_id is null for activities outside a project: two such rows are still the same attendance.
create unique index participation_once_per_day
    on participation (person_id, project_id, activity_type, session_date) nulls not distinct
    where session_id is null and duplicate_of is null;

-- Sessions live in this service since V5. Not validated against old rows, which may name sessions
-- that never existed; every new row must name a real one.
alter table participation add constraint participation_session_exists
    foreign key (session_id) references activity_session (id) not valid;
