-- Module report: wording templates edited by the office, and what it has published — frozen report
-- files and the indicators whose approved figures the public part of the site shows.

create table report_template (
    kind        varchar(32) primary key,
    text        text        not null,
    updated_by  text        not null,
    updated_at  timestamp with time zone not null default now()
);

comment on table report_template is '报告措辞模板：妇儿工委办公室修改后的模板全文（未修改的报告类型使用系统默认模板）';

create table report_publication (
    id            bigint generated always as identity primary key,
    region_code   varchar(12) not null references region (code),
    kind          varchar(24) not null check (kind in ('ANNUAL_REPORT', 'COMPENDIUM', 'EVALUATION_REPORT')),
    plan_kind     varchar(16) check (plan_kind in ('WOMEN', 'CHILDREN')),
    year          int         not null,
    title         text        not null,
    file_name     text        not null,
    content_type  text        not null,
    content       bytea       not null,
    published_by  text        not null,
    published_at  timestamp with time zone not null default now(),
    withdrawn_by  text,
    withdrawn_at  timestamp with time zone
);
create index report_publication_region_idx on report_publication (region_code, published_at desc);

comment on table report_publication is '已公开的报告：发布时生成的文件原样保存，撤回后公众不可再下载';

create table report_published_indicator (
    region_code     varchar(12) not null references region (code),
    indicator_code  varchar(32) not null references plan_indicator (code),
    through_year    int         not null,
    published_by    text        not null,
    published_at    timestamp with time zone not null default now(),
    primary key (region_code, indicator_code)
);

comment on table report_published_indicator is '向公众公开的指标：公开截至 through_year 年的已审核数据';
