-- In http mode the warehouse and finance systems number their own shipping notices and
-- invoices: their number is kept as a reference, while every document carries an SC
-- number of the policy's format (POLICY section 1).
alter table shipment add column external_reference varchar(24);
alter table invoice add column external_reference varchar(24);
