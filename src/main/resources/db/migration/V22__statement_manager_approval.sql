-- Manager approval of every statement (POLICY section 5): each rep's statement by the
-- rep's manager in the organisation, a manager's own statement by their manager, one
-- approval per team.
alter table incentive_statement add column approved_by varchar(64);
alter table incentive_statement add column approved_at timestamp;
alter table incentive_manager_statement add column approved_by varchar(64);
alter table incentive_manager_statement add column approved_at timestamp;
