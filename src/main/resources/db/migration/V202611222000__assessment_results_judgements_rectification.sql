-- Module assessment: stored results (recomputed when approved values or published plans change),
-- the queue of what must be recomputed, hand judgements of qualitative targets, the settings the
-- engine runs with, and rectification (整改) items with their audit trail.

create table assessment_setting (
    id                boolean primary key default true check (id),
    tolerance_kind    varchar(24) not null default 'RELATIVE_TO_TARGET'
        check (tolerance_kind in ('RELATIVE_TO_TARGET', 'ABSOLUTE')),
    tolerance         numeric     not null default 0.05 check (tolerance >= 0),
    denominator_rule  varchar(24) not null default 'EXCLUDE_NO_DATA'
        check (denominator_rule in ('EXCLUDE_NO_DATA', 'INCLUDE_NO_DATA')),
    on_track_share    numeric     not null default 0.95,
    difficult_share   numeric     not null default 0.5,
    updated_by        text,
    updated_at        timestamp with time zone not null default now(),
    check (difficult_share <= on_track_share)
);
insert into assessment_setting (id) values (true);

comment on table assessment_setting is '评估参数：基本实现容差、综合达标率分母口径、进展判定阈值（全系统一行）';

create table assessment_result (
    region_code       varchar(12) not null references region (code),
    plan_id           bigint      not null references plan (id) on delete cascade,
    target_id         bigint      not null references plan_target (id) on delete cascade,
    breakdown         varchar(32) not null,
    year              int         not null,
    status            varchar(20) not null,
    progress          varchar(20) not null,
    value             double precision,
    baseline_year     int,
    baseline_value    double precision,
    forecast_year     int,
    forecast_value    double precision,
    forecast_lower    double precision,
    forecast_upper    double precision,
    mid_term_year     int,
    mid_term_value    double precision,
    mid_term_lower    double precision,
    mid_term_upper    double precision,
    share             double precision,
    mid_term_share    double precision,
    scale             varchar(8),
    yearly_change     double precision,
    points            int         not null default 0,
    trend_p_value     double precision,
    rate_lower        double precision,
    rate_upper        double precision,
    uncertain         boolean     not null default false,
    judged            boolean     not null default false,
    warned            boolean     not null default false,
    warnings          jsonb       not null default '[]',
    explanation       text        not null,
    fingerprint       bigint      not null,
    computed_at       timestamp with time zone not null default now(),
    primary key (target_id, breakdown, year)
);
create index assessment_result_region_year_idx on assessment_result (region_code, year);

comment on table assessment_result is '评估结果：每个目标 × 分组 × 年份的达标状态、趋势预测、完成比例和预警（审核通过的数据或规划变化后重算）';

create table assessment_pending (
    region_code    varchar(12) not null references region (code) on delete cascade,
    indicator_code varchar(32) not null,
    queued_at      timestamp with time zone not null default now(),
    primary key (region_code, indicator_code)
);

comment on table assessment_pending is '待重算队列：某地区某指标（* 表示全部）的数据或规划有变化，评估结果尚未更新';

-- results of every region with a published plan are computed on first start after this migration
insert into assessment_pending (region_code, indicator_code)
select distinct region_code, '*' from plan where status = 'PUBLISHED';

create table assessment_judgement (
    id          bigint generated always as identity primary key,
    target_id   bigint      not null references plan_target (id) on delete cascade,
    year        int         not null,
    status      varchar(20) not null check (status in ('ACHIEVED', 'BASICALLY_ACHIEVED', 'NOT_ACHIEVED')),
    reason      text        not null check (length(trim(reason)) > 0),
    judged_by   text        not null,
    judged_at   timestamp with time zone not null default now(),
    current     boolean     not null default true
);
create unique index assessment_judgement_current_idx on assessment_judgement (target_id, year) where current;

comment on table assessment_judgement is '定性目标的人工评判：评判结论、理由、评判人和时间；改判时旧记录保留（current = false）';

create table assessment_rectification (
    id               bigint generated always as identity primary key,
    region_code      varchar(12) not null references region (code),
    target_id        bigint      not null references plan_target (id) on delete cascade,
    year             int         not null,
    department_id    bigint      not null references region_department (id),
    warning_label    text        not null,
    warning_text     text        not null,
    request          text,
    answer_due       date        not null,
    status           varchar(12) not null default 'ISSUED'
        check (status in ('ISSUED', 'ANSWERED', 'CLOSED')),
    measures         text,
    planned_by       date,
    close_note       text,
    issued_by        text        not null,
    issued_at        timestamp with time zone not null default now(),
    answered_by      text,
    answered_at      timestamp with time zone,
    closed_by        text,
    closed_at        timestamp with time zone,
    version          int         not null default 0
);
create index assessment_rectification_region_idx on assessment_rectification (region_code, year);
create index assessment_rectification_department_idx on assessment_rectification (department_id, status);
create unique index assessment_rectification_open_idx on assessment_rectification (target_id, year, department_id)
    where status <> 'CLOSED';

comment on table assessment_rectification is '整改事项：预警下发到责任部门，部门报送整改措施和完成时限，妇儿工委办公室跟踪并销号';

create table assessment_rectification_audit (
    id                bigint generated always as identity primary key,
    rectification_id  bigint      not null references assessment_rectification (id) on delete cascade,
    at                timestamp with time zone not null default now(),
    by_user           text        not null,
    action            varchar(12) not null,
    old_status        varchar(12),
    new_status        varchar(12) not null,
    text              text
);
create index assessment_rectification_audit_idx on assessment_rectification_audit (rectification_id, at);

comment on table assessment_rectification_audit is '整改事项的全部操作记录：下发、报送、退回、销号';
