-- What is open on the invoices of each rep's customers per due date, so that the ageing
-- of every rep need not read every open invoice: a due date falls into its age band only
-- when the report is read, against that day, so the sums never go stale as invoices age.
-- open_amount is the sum of each posted invoice's amount less everything allocated to
-- it, where that is more than 0 and the invoice is not written off; last_entry_on is the
-- latest issue, allocation or write-off day among those invoices. The receivables code
-- recounts a rep's due date from the invoices in the transaction that posts an invoice,
-- allocates a payment, credit note or customer credit to it, or writes it off, and a
-- rep's every due date when a customer changes hands, with the rep's row locked. The
-- ageing reads these sums only for a day from today on that no entry lies beyond; a row
-- with nothing open stays while one of its entries lies ahead of today (below: of the
-- database's today, as the rows are first counted here).
create table receivable_due_totals (
    rep_id        varchar(20)   not null references sales_rep (id),
    due_date      date          not null,
    open_amount   numeric(19,2) not null,
    last_entry_on date          not null,
    primary key (rep_id, due_date)
);
create index receivable_due_totals_entry_idx on receivable_due_totals (last_entry_on);

insert into receivable_due_totals (rep_id, due_date, open_amount, last_entry_on)
select t.rep_id, t.due_date, sum(case when t.open_amount > 0 then t.open_amount else 0 end), max(t.last_entry_on)
from (
  select c.rep_id, i.due_date,
    case when r.written_off_on is null then i.amount - coalesce((select sum(x.amount) from receivable_allocation x
      where x.invoice_id = i.id), 0) else 0 end as open_amount,
    greatest(i.issue_date, coalesce(r.written_off_on, i.issue_date), coalesce((select max(x.allocated_on)
      from receivable_allocation x where x.invoice_id = i.id), i.issue_date)) as last_entry_on
  from invoice i join receivable r on r.invoice_id = i.id join customer c on c.id = i.customer_id
) t
group by t.rep_id, t.due_date
having sum(case when t.open_amount > 0 then t.open_amount else 0 end) > 0 or max(t.last_entry_on) >= current_date;
