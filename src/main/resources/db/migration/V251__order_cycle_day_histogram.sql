-- The spells of order_cycle_time counted per day they ended (as the database stores the
-- end), channel ('' for none), step and 1% wide duration bucket for the whole company,
-- as order_cycle_histogram counts them per month: the cycle-time page reads the days of
-- a month its period cuts from here, not from the spells. Written with each spell, and
-- moved with it when an order changes hands or channel.
create table order_cycle_day_histogram (
    ended_on   date         not null,
    year_month integer      not null,
    channel    varchar(12)  not null,
    step       varchar(255) not null,
    bucket     integer      not null,
    step_name  varchar(255) not null,
    spells     bigint       not null,
    primary key (ended_on, year_month, channel, step, bucket)
);

insert into order_cycle_day_histogram (ended_on, year_month, channel, step, bucket, step_name, spells)
select cast(ended_at as date), year_month, coalesce(channel, ''), step,
       cast(floor(ln(greatest(duration_ms, 1) / 1000.0) / ln(1.01)) as integer), min(coalesce(step_name, '')), count(*)
from order_cycle_time
group by cast(ended_at as date), year_month, coalesce(channel, ''), step,
         cast(floor(ln(greatest(duration_ms, 1) / 1000.0) / ln(1.01)) as integer);
