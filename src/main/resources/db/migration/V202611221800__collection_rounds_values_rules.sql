-- Module collection: annual monitoring rounds, department tasks, reported values, their audit
-- trail, and the data checks as rules the statistics bureau can edit.

create table collection_round (
    id          bigint generated always as identity primary key,
    region_code varchar(12) not null references region (code),
    year        int         not null check (year between 2000 and 2100),
    deadline    date        not null,
    status      varchar(8)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    note        text,
    opened_by   text        not null,
    opened_at   timestamp with time zone not null default now(),
    closed_at   timestamp with time zone,
    unique (region_code, year)
);

comment on table collection_round is '年度监测轮次：统计局为某地区某年开启，含截止日期';

create table collection_task (
    id             bigint generated always as identity primary key,
    round_id       bigint      not null references collection_round (id) on delete cascade,
    department_id  bigint      not null references region_department (id),
    status         varchar(12) not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    return_reason  text,
    submitted_at   timestamp with time zone,
    approved_at    timestamp with time zone,
    updated_at     timestamp with time zone not null default now(),
    version        int         not null default 0,
    unique (round_id, department_id)
);
create index collection_task_department_idx on collection_task (department_id);

comment on table collection_task is '填报任务：某轮次中某成员单位应填报的指标';

create table collection_task_indicator (
    task_id        bigint      not null references collection_task (id) on delete cascade,
    indicator_code varchar(32) not null references plan_indicator (code),
    role           varchar(8)  not null check (role in ('LEAD', 'ASSIST')),
    primary key (task_id, indicator_code)
);

create table collection_value (
    id             bigint generated always as identity primary key,
    region_code    varchar(12) not null references region (code),
    indicator_code varchar(32) not null references plan_indicator (code),
    year           int         not null,
    breakdown      varchar(32) not null,
    value          numeric,
    numerator      numeric,
    denominator    numeric,
    source         text,
    note           text,
    explanation    text,
    status         varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED')),
    origin         varchar(10) not null default 'REPORTED' check (origin in ('REPORTED', 'ROLLUP', 'HISTORY')),
    department_id  bigint references region_department (id),
    task_id        bigint references collection_task (id) on delete set null,
    version        int         not null default 0,
    updated_by     text        not null,
    updated_at     timestamp with time zone not null default now(),
    approved_at    timestamp with time zone,
    unique (region_code, indicator_code, year, breakdown)
);
create index collection_value_task_idx on collection_value (task_id);
create index collection_value_indicator_idx on collection_value (indicator_code, year);

comment on table collection_value is '监测数据：地区 × 指标 × 年份 × 分组，比率类指标保存分子分母';

create table collection_value_audit (
    id              bigint generated always as identity primary key,
    value_id        bigint      not null references collection_value (id) on delete cascade,
    at              timestamp with time zone not null default now(),
    by_user         text        not null,
    action          varchar(12) not null,
    old_value       numeric,
    old_numerator   numeric,
    old_denominator numeric,
    new_value       numeric,
    new_numerator   numeric,
    new_denominator numeric,
    old_status      varchar(10),
    new_status      varchar(10),
    reason          text
);
create index collection_value_audit_value_idx on collection_value_audit (value_id, at);

comment on table collection_value_audit is '数据修改记录：谁、何时、原值、新值、原因';

create table collection_rule (
    id             bigint generated always as identity primary key,
    kind           varchar(32) not null check (kind in ('REQUIRED', 'UNIT_RANGE', 'NUMERATOR_LE_DENOMINATOR',
        'FEMALE_LE_TOTAL', 'YEAR_OVER_YEAR', 'OUTLIER', 'JUMP_PAST_TARGET')),
    indicator_code varchar(32) references plan_indicator (code),
    threshold      numeric,
    enabled        boolean     not null default true,
    updated_by     text        not null default 'system',
    updated_at     timestamp with time zone not null default now(),
    unique nulls not distinct (kind, indicator_code)
);

comment on table collection_rule is '数据审核规则：统计局可按指标调整阈值或停用';

insert into collection_rule (kind, threshold) values
    ('REQUIRED', null), ('UNIT_RANGE', null), ('NUMERATOR_LE_DENOMINATOR', null), ('FEMALE_LE_TOTAL', null),
    ('YEAR_OVER_YEAR', 0.30), ('OUTLIER', 3.5), ('JUMP_PAST_TARGET', 0.20);
