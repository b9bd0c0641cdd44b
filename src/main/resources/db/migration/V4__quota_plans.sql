-- Quota plans (POLICY section 4): a plan per year, drafted, approved and published
-- through the quota-plan process, with one line per rep and the rep's quota split into
-- months and channels.

alter table sales_rep add column territory_potential numeric(19,2) default 0 not null;

create table quota_plan (
    id                   varchar(20)   primary key,
    plan_year            integer       not null,
    target               numeric(19,2) not null,
    seasonality_source   varchar(20)   not null,
    input_source         varchar(20)   not null,
    status               varchar(20)   not null,
    version              integer       default 0 not null,
    mu                   numeric(30,16),
    created_by           varchar(64),
    created_at           timestamp     default current_timestamp not null,
    decided_by           varchar(64),
    decision_comment     varchar(1000),
    published_at         timestamp,
    constraint quota_plan_status_chk check (status in ('UPLOADED', 'DRAFT', 'SENT_BACK', 'APPROVED', 'PUBLISHED'))
);
create index quota_plan_year_idx on quota_plan (plan_year);

-- One line per rep: the inputs of the allocation, then how it came out.
create table quota_plan_line (
    plan_id              varchar(20)   not null references quota_plan (id),
    rep_id               varchar(20)   not null references sales_rep (id),
    last_year_actual     numeric(19,2) not null,
    potential            numeric(19,2) not null,
    tenure_months        integer       not null,
    share_direct         numeric(19,6),
    share_distributor    numeric(19,6),
    share_online         numeric(19,6),
    weight               double precision,
    ramp_factor          numeric(5,2),
    ideal_quota          numeric(19,2),
    bound                varchar(10),
    quota                numeric(19,2),
    acknowledged_at      timestamp,
    constraint quota_plan_line_pk primary key (plan_id, rep_id)
);

-- A rep's quota per month (1..12) and channel; a month's channels sum to the month.
create table quota_plan_split (
    plan_id   varchar(20)   not null,
    rep_id    varchar(20)   not null,
    plan_month integer      not null,
    channel   varchar(12)   not null,
    amount    numeric(19,2) not null,
    constraint quota_plan_split_pk primary key (plan_id, rep_id, plan_month, channel),
    constraint quota_plan_split_line_fk foreign key (plan_id, rep_id) references quota_plan_line (plan_id, rep_id),
    constraint quota_plan_split_month_chk check (plan_month between 1 and 12)
);
