-- The compliance report's summary (POLICY section 8): what the compliance rules of
-- rules/customercare find for each active customer, kept so that the report reads counts
-- instead of running the rules for every customer and day. Written by the customer care
-- code: for one customer in the transaction that records a contact with it or changes
-- its file (its master data), and for every customer when the business day or the rules
-- change (compliance_summary says for which day and rules version the rows stand).

-- One row: the business day and the rules version the rows below were found for; as_of
-- is null until the first refresh.
create table compliance_summary (
    id             integer      not null primary key,
    as_of          date,
    rules_version  varchar(64),
    refreshed_at   timestamp
);
insert into compliance_summary (id) values (1);

-- Each active customer on the report's day (as_of = that day) and at the end of each of
-- the 12 weeks before it (as_of = the day of that week), on the contacts recorded by
-- then and its file as it is today.
create table compliance_customer_day (
    customer_id      bigint       not null,
    as_of            date         not null,
    rep_id           varchar(20)  not null,
    complete_file    boolean      not null,
    visit_overdue    boolean      not null,
    logistics_stale  boolean      not null,
    findings         integer      not null,
    primary key (customer_id, as_of)
);
create index compliance_customer_day_rep_idx on compliance_customer_day (rep_id, as_of);

-- The same counted per rep and day, recounted from the rows above whenever they change.
create table compliance_rep_day (
    rep_id            varchar(20)  not null,
    as_of             date         not null,
    active_customers  integer      not null,
    complete_files    integer      not null,
    overdue_visits    integer      not null,
    stale_logistics   integer      not null,
    findings          integer      not null,
    primary key (rep_id, as_of)
);

-- Every duty an active customer does not meet on the report's day, in the order of the
-- rules; customer_findings (how many the customer has) sorts the worst first.
create table compliance_finding (
    customer_id        bigint         not null,
    position           integer        not null,
    rep_id             varchar(20)    not null,
    customer_code      varchar(20)    not null,
    customer_name      varchar(200),
    customer_findings  integer        not null,
    duty               varchar(100)   not null,
    rule_name          varchar(500)   not null,
    explanation        varchar(4000)  not null,
    primary key (customer_id, position)
);
create index compliance_finding_worst_idx on compliance_finding (customer_findings desc, customer_code, position);
create index compliance_finding_rep_idx on compliance_finding (rep_id, customer_findings desc, customer_code,
    position);
