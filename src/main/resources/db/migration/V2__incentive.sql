-- Incentive compensation. Quarterly quotas will come from the quota plans; until those
-- exist, sales ops enter each rep's quota for a quarter here.

create table incentive_quota (
    rep_id   varchar(20)   not null references sales_rep (id),
    quarter  varchar(7)    not null,
    quota    numeric(19,2) not null,
    constraint incentive_quota_pk primary key (rep_id, quarter),
    constraint incentive_quota_chk check (quota > 0)
);
