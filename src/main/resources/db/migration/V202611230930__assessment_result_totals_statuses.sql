-- Whether a result has a warning that calls for action (any rule but 数据不足以判定), stored beside the
-- warnings so that counting warned targets needs no look into the jsonb.
alter table assessment_result add column needs_action boolean not null default false;
update assessment_result set needs_action = true
where warned and exists (select 1 from jsonb_array_elements(warnings) w
                         where w ->> 'rule' not in ('TOO_FEW_POINTS', 'SMALL_NUMBERS'));

-- The statuses of a region's totals in a year, read from the index alone (a city's counties side by side).
create index assessment_result_totals_idx on assessment_result (region_code, year)
    include (plan_id, target_id, status, judged, needs_action) where breakdown = 'TOTAL';
