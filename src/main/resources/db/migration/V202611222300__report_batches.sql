-- Module report: batches of reports for a region's sub-regions, run in the background; the office
-- can leave the page and come back for the result.

create table report_batch (
    id            bigint generated always as identity primary key,
    region_code   varchar(12) not null references region (code),
    year          int         not null,
    requested_by  text        not null,
    status        varchar(10) not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    done          int         not null default 0,
    total         int         not null default 0,
    current_item  text,
    file_name     text,
    content       bytea,
    error         text,
    created_at    timestamp with time zone not null default now(),
    finished_at   timestamp with time zone
);
create index report_batch_region_idx on report_batch (region_code, created_at desc);

comment on table report_batch is '批量生成报告：某地区下辖各地区的年度报告和统计资料，后台生成，完成后打包下载';
