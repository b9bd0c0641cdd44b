-- How many orders each rep has per month of order date (year * 100 + month), state and
-- channel, and for how much. The order code recounts a rep's month in the transaction
-- that creates an order, changes its state, total or channel, or hands it to another
-- rep, so the sums always equal the orders they count. The report pages read whole
-- months from here and only the days of a month cut by a period's first or last day
-- from the orders themselves.
create table order_month_totals (
    rep_id      varchar(20)   not null references sales_rep (id),
    year_month  integer       not null,
    status      varchar(30)   not null,
    channel     varchar(12),
    orders      bigint        not null,
    total       numeric(19,2) not null
);
create index order_month_totals_rep_idx on order_month_totals (rep_id, year_month);
create index order_month_totals_month_idx on order_month_totals (year_month, rep_id);

insert into order_month_totals (rep_id, year_month, status, channel, orders, total)
select rep_id, extract(year from order_date) * 100 + extract(month from order_date), status, channel, count(*),
       sum(total_amount)
from sales_order
group by rep_id, extract(year from order_date) * 100 + extract(month from order_date), status, channel;
