-- Module plan: targets found in the strategy text (策略措施) belong to an area but to no goal;
-- the monitoring set-up a plan asks for; plan versions (a re-imported notice supersedes the old plan).

alter table plan_target add column area_id bigint references plan_area (id) on delete cascade;
update plan_target t set area_id = g.area_id from plan_goal g where g.id = t.goal_id;
alter table plan_target alter column area_id set not null;
alter table plan_target alter column goal_id drop not null;
alter table plan_target add column strategy_measure int;
alter table plan_target add column strategy_sentence text;
alter table plan_target add constraint plan_target_goal_or_strategy
    check ((goal_id is null) = (strategy_measure is not null));
create index plan_target_area_idx on plan_target (area_id);

comment on column plan_target.strategy_measure is '策略措施中的目标：所在策略措施条目编号（0 表示未编号）；主要目标下的目标为空';

alter table plan drop constraint plan_status_check;
alter table plan add constraint plan_status_check check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED'));
alter table plan drop constraint plan_check1;
alter table plan add constraint plan_published_at_check check ((status = 'DRAFT') = (published_at is null));
alter table plan add column supersedes_plan_id bigint references plan (id);
alter table plan add column source_import_id bigint;

create table plan_monitoring_setup (
    plan_id            bigint primary key references plan (id) on delete cascade,
    annual_monitoring  boolean not null,
    mid_term           boolean not null,
    final_evaluation   boolean not null,
    evaluation_years   int[]   not null default '{}',
    monitoring_lead    text,
    evaluation_lead    text,
    leadership_group   boolean not null,
    database_levels    text[]  not null default '{}',
    sex_disaggregated  boolean not null,
    age_disaggregated  boolean not null,
    early_warning      boolean not null,
    publication        boolean not null,
    evidence           text[]  not null default '{}'
);

comment on table plan_monitoring_setup is '规划“监测评估”部分要求的机制：年度监测、中期/终期评估、监测组/评估组牵头单位、数据库层级、预警、发布';
