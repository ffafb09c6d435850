-- Module access: user accounts, their role and their scope.

create table access_user (
    id                bigint generated always as identity primary key,
    username          varchar(64) not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name      text        not null,
    password_hash     text        not null,
    role              varchar(16) not null check (role in ('ADMIN', 'OFFICE', 'STATS', 'REPORTER', 'LEADER', 'VIEWER')),
    -- the root of the region subtree the user may see; null only for system administrators (everything)
    scope_region_code varchar(12) references region (code),
    -- reporters act for exactly one department, which lies in their scope region
    department_id     bigint references region_department (id),
    enabled           boolean     not null default true,
    demo              boolean     not null default false,
    created_at        timestamp with time zone not null default now(),
    check (role = 'ADMIN' or scope_region_code is not null),
    check ((role = 'REPORTER') = (department_id is not null))
);

comment on table access_user is '用户：角色（系统管理员、妇儿工委办、统计局、部门填报员、领导小组、查看者）与数据范围';
