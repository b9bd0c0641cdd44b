-- The channel an order was sold through (POLICY section 4: a rep's channel mix is
-- last year's sales by channel). Orders that did not say keep null and count for no
-- channel.
alter table sales_order add column channel varchar(12);
alter table sales_order add constraint sales_order_channel_chk
    check (channel is null or channel in ('DIRECT', 'DISTRIBUTOR', 'ONLINE'));
