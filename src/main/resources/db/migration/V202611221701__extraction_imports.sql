-- Module extraction: each uploaded plan notice, its text and what extraction said about it.

create table extraction_import (
    id           bigint generated always as identity primary key,
    region_code  varchar(12) not null references region (code),
    file_name    text        not null,
    file_size    int         not null,
    source_text  text        not null,
    warnings     text[]      not null default '{}',
    uploaded_by  text        not null,
    uploaded_at  timestamp with time zone not null default now()
);
create index extraction_import_region_idx on extraction_import (region_code);

comment on table extraction_import is '导入的规划文件：文件名、提取的全文、提取警告、上传人';
