-- Attendance at activities outside a QI project (service user meetings, panels, training) is paid
-- too: ParticipationRecorded v2 may have no project (docs/adr/0004).
alter table claim alter column project_id drop not null;
