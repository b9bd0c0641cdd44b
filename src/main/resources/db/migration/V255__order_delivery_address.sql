-- Where an order's goods go: one of the delivery addresses of the customer's file, as it
-- was when the order was taken or last revised.
alter table sales_order add column delivery_address varchar(500);
alter table sales_order add column receiving_contact varchar(100);
alter table sales_order add column receiving_phone varchar(50);
alter table sales_order add column unloading_hours varchar(100);
alter table sales_order add column preferred_carrier varchar(100);
