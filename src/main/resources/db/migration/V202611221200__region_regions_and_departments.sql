-- Module region: administrative regions and the member departments (成员单位) of each region.

create table region (
    code        varchar(12) primary key,
    name        text        not null,
    level       varchar(16) not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP')),
    parent_code varchar(12) references region (code),
    -- materialised path of codes from the root, e.g. '990100/990121/990121100000'
    path        text        not null unique,
    sort_order  int         not null default 0,
    demo        boolean     not null default false,
    check (code ~ '^[0-9]{6}$' or code ~ '^[0-9]{12}$'),
    check ((level = 'TOWNSHIP') = (length(code) = 12))
);
create index region_parent_idx on region (parent_code);
create index region_path_idx on region (path text_pattern_ops);

comment on table region is '行政区划（GB/T 2260 六位代码；乡镇为 12 位统计用区划代码）';

create table region_department_kind (
    code       varchar(40) primary key,
    name       text not null,
    sort_order int  not null
);

comment on table region_department_kind is '成员单位类别（卫生健康、教育、民政……）';

insert into region_department_kind (code, name, sort_order) values
    ('office', '妇儿工委办公室', 10),
    ('stats', '统计局', 20),
    ('organization', '组织部', 30),
    ('propaganda', '宣传部', 40),
    ('united-front', '统战部', 50),
    ('cyberspace', '网信办', 60),
    ('development-reform', '发展和改革', 70),
    ('education', '教育', 80),
    ('science', '科技', 90),
    ('industry-it', '工业和信息化', 100),
    ('civil-affairs', '民政', 110),
    ('justice', '司法', 120),
    ('finance', '财政', 130),
    ('hrss', '人力资源和社会保障', 140),
    ('natural-resources', '自然资源', 150),
    ('ecology', '生态环境', 160),
    ('housing', '住房和城乡建设', 170),
    ('transport', '交通运输', 180),
    ('water', '水利', 190),
    ('agriculture', '农业农村', 200),
    ('culture-tourism', '文化和旅游', 210),
    ('health', '卫生健康', 220),
    ('emergency', '应急管理', 230),
    ('market-regulation', '市场监督管理', 240),
    ('medical-insurance', '医疗保障', 250),
    ('sports', '体育', 260),
    ('police', '公安', 270),
    ('court', '人民法院', 280),
    ('procuratorate', '人民检察院', 290),
    ('trade-union', '总工会', 300),
    ('youth-league', '共青团', 310),
    ('womens-federation', '妇联', 320),
    ('disabled-persons', '残联', 330),
    ('people-congress', '人大常委会办公室', 340),
    ('cppcc', '政协办公室', 350),
    ('township-office', '乡镇（街道）办事机构', 900);

create table region_department (
    id            bigint generated always as identity primary key,
    region_code   varchar(12) not null references region (code),
    kind_code     varchar(40) not null references region_department_kind (code),
    name          text        not null,
    liaison_name  text,
    liaison_phone text,
    updated_at    timestamp with time zone not null default now(),
    unique (region_code, name)
);
create index region_department_region_idx on region_department (region_code);

comment on table region_department is '成员单位：某地区妇儿工委的成员部门；liaison 为联络员';
