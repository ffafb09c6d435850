-- Module access: personal API tokens, so a department's own system can call the API as one of
-- its users (held to that user's role and scope). Only a hash of each token is kept.

create table access_api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references access_user (id) on delete cascade,
    name         text        not null,
    token_hash   char(64)    not null unique,
    prefix       varchar(12) not null,
    created_at   timestamp with time zone not null default now(),
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create index access_api_token_user_idx on access_api_token (user_id);

comment on table access_api_token is 'API 令牌：只保存 SHA-256 摘要；调用者的权限与其账号相同';
