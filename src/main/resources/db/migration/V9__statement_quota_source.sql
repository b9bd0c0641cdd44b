-- Every figure on a statement can be traced: the statement keeps where its quota came
-- from (incentive_quarterly_quota.quota_source), the plan or sales ops.
-- Statements issued before this change took their quota from incentive_quota.

alter table incentive_statement add column quota_source varchar(100);
update incentive_statement set quota_source = 'entered by sales ops';
alter table incentive_statement alter column quota_source set not null;
