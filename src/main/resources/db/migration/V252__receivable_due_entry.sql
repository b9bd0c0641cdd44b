-- What each posted invoice adds to its rep's due date in receivable_due_totals: its rep
-- and due date as counted, its open amount (0 when nothing is open or it is written off)
-- and its latest issue, allocation or write-off day. A change to one invoice moves the
-- sums by its own difference, under the rep's row lock, instead of counting the due
-- date's every invoice again; a due date's latest entry is read from here.
create table receivable_due_entry (
    invoice_id    bigint        not null primary key references invoice (id),
    rep_id        varchar(20)   not null references sales_rep (id),
    due_date      date          not null,
    open_amount   numeric(19,2) not null,
    last_entry_on date          not null
);
create index receivable_due_entry_cell_idx on receivable_due_entry (rep_id, due_date, last_entry_on);

insert into receivable_due_entry (invoice_id, rep_id, due_date, open_amount, last_entry_on)
select i.id, c.rep_id, i.due_date,
  case when r.written_off_on is null then greatest(i.amount - coalesce((select sum(x.amount)
    from receivable_allocation x where x.invoice_id = i.id), 0), 0) else 0 end,
  greatest(i.issue_date, coalesce(r.written_off_on, i.issue_date), coalesce((select max(x.allocated_on)
    from receivable_allocation x where x.invoice_id = i.id), i.issue_date))
from invoice i join receivable r on r.invoice_id = i.id join customer c on c.id = i.customer_id;
