-- Each statement names the version of the incentive rules that computed it (the rule set
-- and the first 12 digits of the SHA-256 of its files), so that an analyst can tell which
-- statements an earlier version of the rules decided. Statements computed before are
-- left without one.

alter table incentive_statement add column rules_version varchar(100);

alter table incentive_manager_statement add column rules_version varchar(100);
