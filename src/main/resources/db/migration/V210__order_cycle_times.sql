-- How long orders take, kept beside the engine's history so that the cycle-time page
-- need not read it. One row per time spent (a "spell"): the whole order from submission
-- to the archived invoice (step '') and each human step of the order, its approval and its
-- invoicing, written in the engine's transaction when the spell ends (source_id is the
-- history row it copies, so a spell is written once). rep_id and channel follow the
-- order when it changes hands. year_month is the month of ended_at as the database
-- stores it (year * 100 + month).
create table order_cycle_time (
    source_id   varchar(64)  not null primary key,
    order_id    bigint       not null,
    rep_id      varchar(20)  not null,
    channel     varchar(12),
    step        varchar(255) not null,
    step_name   varchar(255),
    ended_at    timestamp    not null,
    year_month  integer      not null,
    duration_ms bigint       not null
);
-- A few reps' spells are read by rep, step and end (with what the percentiles need), the
-- days of a month a period cuts by end, an order's spells by order.
create index order_cycle_time_rep_idx on order_cycle_time (rep_id, step, ended_at, year_month, duration_ms);
create index order_cycle_time_ended_idx on order_cycle_time (ended_at, year_month, step, duration_ms);
create index order_cycle_time_order_idx on order_cycle_time (order_id);

-- The same spells counted per month, channel ('' for none), step and duration bucket for
-- the whole company, whatever the rep: bucket b holds the durations d (in ms) with
-- floor(ln(max(d, 1) / 1000) / ln(1.01)) = b, each bucket 1% wide, so a percentile read
-- from here is within half a percent of the exact one. Written with each spell.
-- Both tables are filled from the engine's history once, when the application has
-- started on a database that kept orders before they were counted (the engine's tables
-- may not exist yet when this runs).
create table order_cycle_histogram (
    year_month integer      not null,
    channel    varchar(12)  not null,
    step       varchar(255) not null,
    bucket     integer      not null,
    step_name  varchar(255) not null,
    spells     bigint       not null,
    primary key (year_month, channel, step, bucket)
);
