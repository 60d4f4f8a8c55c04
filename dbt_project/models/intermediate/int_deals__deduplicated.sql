{#- Reports of the same round of the same company within `dedup_window_days` of each other are one deal.
    The deal id is stable: company key, round and the date of the first report. -#}
with converted as (
    select * from {{ ref('int_deals__converted') }}
),

gaps as (
    select
        *,
        date_diff('day',
            lag(announced_date) over (partition by company_key, round order by announced_date, deal_mention_id),
            announced_date) as days_since_previous_report
    from converted
),

episodes as (
    select
        *,
        sum(case when days_since_previous_report is null
                   or days_since_previous_report > {{ var('dedup_window_days') }} then 1 else 0 end)
            over (partition by company_key, round order by announced_date, deal_mention_id
                  rows between unbounded preceding and current row) as episode_no
    from gaps
)

select
    md5(company_key || '|' || round || '|' || cast(
        min(announced_date) over (partition by company_key, round, episode_no) as varchar)) as deal_id,
    md5(company_key) as company_id,
    *
from episodes
