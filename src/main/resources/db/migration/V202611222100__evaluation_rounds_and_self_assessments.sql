-- Module evaluation: the mid-term and final evaluation of a plan (中期评估 / 终期评估). The commission
-- office's evaluation group opens it; every department that leads a target writes a self-assessment
-- (自评报告) with one entry per led target and files attached; the group scores and accepts each;
-- the leadership group approves the whole or returns it with a reason. Every step is audited.

create table evaluation (
    id                      bigint generated always as identity primary key,
    plan_id                 bigint      not null references plan (id),
    region_code             varchar(12) not null references region (code),
    kind                    varchar(8)  not null check (kind in ('MID_TERM', 'FINAL')),
    assessment_year         int         not null check (assessment_year between 2000 and 2100),
    deadline                date        not null,
    status                  varchar(24) not null default 'OPEN'
        check (status in ('OPEN', 'UNDER_REVIEW', 'SUBMITTED_FOR_APPROVAL', 'APPROVED', 'RETURNED')),
    note                    text,
    return_reason           text,
    opened_by               text        not null,
    opened_at               timestamp with time zone not null default now(),
    review_started_by       text,
    review_started_at       timestamp with time zone,
    submitted_by            text,
    submitted_at            timestamp with time zone,
    approved_by             text,
    approved_at             timestamp with time zone,
    returned_by             text,
    returned_at             timestamp with time zone,
    version                 int         not null default 0
);
-- one evaluation of a plan and kind at a time: a second is refused until the first is approved
create unique index evaluation_one_running_per_plan_and_kind on evaluation (plan_id, kind) where status <> 'APPROVED';
create index evaluation_region_idx on evaluation (region_code);

comment on table evaluation is '中期/终期评估：妇儿工委办公室（评估组）开展，领导小组审定';

create table evaluation_self_assessment (
    id             bigint generated always as identity primary key,
    evaluation_id  bigint       not null references evaluation (id) on delete cascade,
    department_id  bigint       not null references region_department (id),
    status         varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    summary        text,
    return_reason  text,
    score          numeric(4, 1) check (score between 0 and 100),
    review_comment text,
    reviewed_by    text,
    reviewed_at    timestamp with time zone,
    submitted_by   text,
    submitted_at   timestamp with time zone,
    accepted_by    text,
    accepted_at    timestamp with time zone,
    updated_by     text,
    updated_at     timestamp with time zone,
    version        int          not null default 0,
    unique (evaluation_id, department_id)
);
create index evaluation_self_assessment_department_idx on evaluation_self_assessment (department_id);

comment on table evaluation_self_assessment is '成员单位自评报告：每个牵头至少一项目标的单位一份';

create table evaluation_entry (
    id                 bigint generated always as identity primary key,
    self_assessment_id bigint      not null references evaluation_self_assessment (id) on delete cascade,
    target_id          bigint      not null references plan_target (id),
    sort_order         int         not null,
    conclusion         varchar(16) check (conclusion in ('ACHIEVED', 'MOSTLY_ACHIEVED', 'NOT_ACHIEVED', 'CANNOT_ASSESS')),
    progress           text,
    measures           text,
    problems           text,
    next_steps         text,
    score              numeric(4, 1) check (score between 0 and 100),
    review_comment     text,
    unique (self_assessment_id, target_id)
);

comment on table evaluation_entry is '自评条目：单位牵头的一项目标的自评结论、完成情况、主要措施、存在问题、下一步打算';

create table evaluation_attachment (
    id            bigint generated always as identity primary key,
    entry_id      bigint      not null references evaluation_entry (id) on delete cascade,
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    int         not null check (size_bytes between 1 and 20971520),
    content       bytea       not null,
    uploaded_by   text        not null,
    uploaded_at   timestamp with time zone not null default now()
);
create index evaluation_attachment_entry_idx on evaluation_attachment (entry_id);

comment on table evaluation_attachment is '自评佐证材料：每个文件不超过 20 MB，存于数据库';

create table evaluation_audit (
    id                 bigint generated always as identity primary key,
    evaluation_id      bigint      not null references evaluation (id) on delete cascade,
    self_assessment_id bigint references evaluation_self_assessment (id) on delete cascade,
    at                 timestamp with time zone not null default now(),
    by_user            text        not null,
    action             varchar(24) not null,
    reason             text
);
create index evaluation_audit_evaluation_idx on evaluation_audit (evaluation_id, at);

comment on table evaluation_audit is '评估操作记录：谁、何时、做了什么、原因';
