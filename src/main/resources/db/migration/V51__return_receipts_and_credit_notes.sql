-- Goods received back into stock from a return, once per return.
create table stock_return_receipt (
    return_number  varchar(24)  primary key,
    order_id       bigint       not null references sales_order (id),
    received_at    timestamp    not null,
    detail         varchar(2000)
);

-- How a credit note was applied, once per document it credits (a return): the part that
-- reduced the open invoice, the rest kept as customer credit.
create table credit_note_allocation (
    credit_note_id      bigint        primary key references credit_note (id),
    source_document     varchar(24)   not null unique,
    invoice_id          bigint        references invoice (id),
    applied_amount      numeric(19,2) not null,
    customer_credit     numeric(19,2) not null,
    external_reference  varchar(24)
);
