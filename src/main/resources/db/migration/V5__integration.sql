-- Callbacks from finance and the warehouse that took effect, by the sender's event id:
-- the same event delivered again is answered as a duplicate and changes nothing.
create table inbound_event (
    event_id     varchar(100) primary key,
    order_id     bigint       not null references sales_order (id),
    type         varchar(30)  not null,
    received_at  timestamp    not null default current_timestamp
);
