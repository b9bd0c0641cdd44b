-- Quarterly quotas for incentives come from the published quota plans (POLICY section 4,
-- step 5: quarters sum their months). A rep's quota for a quarter is the one sales ops
-- entered in incentive_quota for the rep and quarter, when there is one (a rep hired after
-- the plan, a correction); otherwise the sum of the rep's months of the quarter, every
-- channel, in the newest published plan of the year (newest by published_at, then id).
-- A newer published plan replaces the older one for every rep: a rep left out of it has
-- no quota from the plans. A quarter that sums to 0 is no quota.
-- quota_source says where the figure came from: 'quota plan QP-2026-1' or
-- 'entered by sales ops'.

create view incentive_quarterly_quota (rep_id, quarter, quota, quota_source) as
select q.rep_id, q.quarter, q.quota, 'entered by sales ops'
from incentive_quota q
union all
select m.rep_id, m.quarter, sum(m.amount), 'quota plan ' || m.plan_id
from (
    select s.plan_id, s.rep_id, s.amount,
           cast(p.plan_year as varchar(4)) || '-Q' || cast((s.plan_month + 2) / 3 as varchar(1)) as quarter
    from quota_plan p
    join quota_plan_split s on s.plan_id = p.id
    where p.status = 'PUBLISHED'
      and not exists (
          select 1 from quota_plan newer
          where newer.plan_year = p.plan_year
            and newer.status = 'PUBLISHED'
            and (newer.published_at > p.published_at
                 or (newer.published_at = p.published_at and newer.id > p.id)))
) m
where not exists (select 1 from incentive_quota q where q.rep_id = m.rep_id and q.quarter = m.quarter)
group by m.rep_id, m.quarter, m.plan_id
having sum(m.amount) > 0;
