-- A rep disputes lines of a statement, each with its own reason, and sales ops decide
-- each line: adjust by an amount, or reject, each with a reason (POLICY section 5).
create table incentive_dispute_line (
    dispute_id       bigint         not null references incentive_dispute (id) on delete cascade,
    line_no          integer        not null,
    reason           varchar(2000)  not null,
    decision         varchar(10),
    adjustment       numeric(19,2),
    decision_reason  varchar(2000),
    decided_by       varchar(64),
    decided_at       timestamp,
    constraint incentive_dispute_line_pk primary key (dispute_id, line_no),
    constraint incentive_dispute_line_decision_chk check (decision is null or decision in ('ADJUST', 'REJECT'))
);
