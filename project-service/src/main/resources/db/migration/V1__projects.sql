create table project (
    id           uuid primary key,
    title        text        not null,
    aim          text        not null,
    status       text        not null,
    life_qi_code text unique,
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0
);

create index project_created on project (created_at desc, id desc);
create index project_status on project (status);
