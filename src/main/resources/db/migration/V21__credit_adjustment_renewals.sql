-- A manual adjustment can be renewed before it lapses (POLICY section 2): the renewal is
-- a request of its own, approved at the same levels on the formula limit of the refresh.
alter table credit_adjustment add column renewal_of bigint references credit_adjustment (id);
