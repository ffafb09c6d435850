-- Module plan: the indicator catalogue, plans, their areas, goals, targets and responsible departments.

create table plan_indicator (
    code                   varchar(32) primary key,
    name                   text        not null,
    plan_kind              varchar(16) not null check (plan_kind in ('WOMEN', 'CHILDREN')),
    area_ordinal           int         not null check (area_ordinal between 1 and 8),
    unit                   text,
    polarity               varchar(8)  not null check (polarity in ('HIGHER', 'LOWER', 'NEUTRAL')),
    definition             text,
    numerator_name         text,
    denominator_name       text,
    multiplier             numeric,
    disaggregations        text[]      not null default '{}',
    source_department_kind varchar(40) references region_department_kind (code),
    builtin                boolean     not null default false,
    check ((numerator_name is null) = (denominator_name is null)),
    check (numerator_name is null or multiplier is not null),
    check (disaggregations <@ array['SEX', 'URBAN_RURAL', 'AGE']::text[])
);
create index plan_indicator_kind_area_idx on plan_indicator (plan_kind, area_ordinal);

comment on table plan_indicator is '监测指标目录：口径、单位、极性（越高越好/越低越好）、分子分母与分组维度';

create table plan (
    id              bigint generated always as identity primary key,
    region_code     varchar(12) not null references region (code),
    kind            varchar(16) not null check (kind in ('WOMEN', 'CHILDREN')),
    title           text        not null,
    period_start    int         not null,
    period_end      int         not null,
    status          varchar(16) not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    source_document text,
    demo            boolean     not null default false,
    created_at      timestamp with time zone not null default now(),
    published_at    timestamp with time zone,
    check (period_end > period_start),
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create index plan_region_idx on plan (region_code);

comment on table plan is '妇女/儿童发展规划';

create table plan_area (
    id      bigint generated always as identity primary key,
    plan_id bigint not null references plan (id) on delete cascade,
    ordinal int    not null check (ordinal between 1 and 8),
    name    text   not null,
    unique (plan_id, ordinal)
);

create table plan_goal (
    id      bigint generated always as identity primary key,
    area_id bigint not null references plan_area (id) on delete cascade,
    number  int    not null check (number > 0),
    text    text   not null,
    unique (area_id, number)
);

create table plan_target (
    id             bigint generated always as identity primary key,
    goal_id        bigint      not null references plan_goal (id) on delete cascade,
    seq            int         not null,
    indicator_code varchar(32) references plan_indicator (code),
    indicator_name text        not null,
    direction      varchar(16) not null check (direction in
        ('>=', '<=', '>', '<', '=', 'increase', 'decrease', 'maintain', 'eliminate', 'qualitative')),
    value          numeric,
    unit           text,
    target_year    int,
    qualifier      text,
    span           text,
    baseline_value numeric,
    baseline_year  int,
    mid_term_value numeric,
    unique (goal_id, seq),
    -- a bound may come without a number when it is relational ("不低于本地区女党员比例"): the qualifier says to what
    check (direction <> 'qualitative' or value is null)
);
create index plan_target_indicator_idx on plan_target (indicator_code);

comment on table plan_target is '目标：方向、目标值、单位、目标年份、限定语、基期值';

create table plan_target_responsibility (
    target_id     bigint     not null references plan_target (id) on delete cascade,
    department_id bigint     not null references region_department (id),
    role          varchar(8) not null check (role in ('LEAD', 'ASSIST')),
    primary key (target_id, department_id)
);
create index plan_target_responsibility_department_idx on plan_target_responsibility (department_id);

comment on table plan_target_responsibility is '目标的责任单位：牵头（LEAD）与配合（ASSIST）';
