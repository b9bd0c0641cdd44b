-- The report pages count and sum each rep's orders by state over a period, and list
-- orders newest first: both read these indexes rather than the whole order table.
create index sales_order_rep_date_idx on sales_order (rep_id, order_date, status, total_amount);
create index sales_order_date_idx on sales_order (order_date, number);
